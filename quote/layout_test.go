package quote

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// found is a quote as text, for readable table tests.
type found struct {
	Kind    Kind
	Content []string
	Cue     string
	Source  string
}

func texts(text string, qs []Quote) []found {
	var out []found
	for _, q := range qs {
		f := found{Kind: q.Kind, Cue: slice(text, q.Cue.Span), Source: slice(text, q.Source)}
		for _, c := range q.Content {
			f.Content = append(f.Content, slice(text, c))
		}
		out = append(out, f)
	}
	return out
}

func slice(text string, s Span) string { return text[s.Start:s.End] }

// layoutCase is a text and the quotes an extractor must find in it.
type layoutCase struct {
	name string
	why  string // for surprising cases
	text string
	want []found
}

// checkLayouts runs every case through e.
func checkLayouts(t *testing.T, e *Extractor, tests []layoutCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.text, e.Extract(tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLayouts(t *testing.T) {
	tests := []layoutCase{
		{
			name: "quote comma source cue",
			text: "“We will win,” Lavrov said.",
			want: []found{{Direct, []string{"“We will win,”"}, "said", "Lavrov"}},
		},
		{
			name: "quote comma cue source",
			text: "“We will win,” said Sergei Lavrov.",
			want: []found{{Direct, []string{"“We will win,”"}, "said", "Sergei Lavrov"}},
		},
		{
			name: "source cue colon quote",
			text: "Lavrov said: “We will win.”",
			want: []found{{Direct, []string{"“We will win.”"}, "said", "Lavrov"}},
		},
		{
			name: "source cue quote",
			text: "Lavrov said “we will win.”",
			want: []found{{Direct, []string{"“we will win.”"}, "said", "Lavrov"}},
		},
		{
			name: "quote without comma",
			text: "“I have reason to believe that the American side has started to understand our position” the Russian foreign minister said.",
			want: []found{{Direct, []string{"“I have reason to believe that the American side has started to understand our position”"}, "said", "the Russian foreign minister"}},
		},
		{
			name: "added with pronoun",
			text: "He added: “We not only listened, but also heard each other.”",
			want: []found{{Direct, []string{"“We not only listened, but also heard each other.”"}, "added", "He"}},
		},
		{
			name: "told reporters",
			text: "“The conversation was very useful,” Lavrov told reporters.",
			want: []found{{Direct, []string{"“The conversation was very useful,”"}, "told reporters", "Lavrov"}},
		},
		{
			name: "relative clause",
			text: "Lavrov, who met Rubio in Riyadh, said “the talks went well.”",
			want: []found{{Direct, []string{"“the talks went well.”"}, "said", "Lavrov"}},
		},
		{
			name: "apposition",
			text: "Sergei Lavrov, Russia’s foreign minister, said: “The talks went well.”",
			want: []found{{Direct, []string{"“The talks went well.”"}, "said", "Sergei Lavrov, Russia’s foreign minister"}},
		},
		{
			name: "several sources",
			text: "Ushakov and Waltz said: “No date has been set.”",
			want: []found{{Direct, []string{"“No date has been set.”"}, "said", "Ushakov and Waltz"}},
		},
		{
			name: "full title",
			text: "“The talks are a start,” US Secretary of State Marco Rubio said on Tuesday.",
			want: []found{{Direct, []string{"“The talks are a start,”"}, "said on Tuesday", "US Secretary of State Marco Rubio"}},
		},
		{
			name: "interrupted quote",
			text: "“We will not retreat,” Lavrov said, “never.”",
			want: []found{{Direct, []string{"“We will not retreat,”", "“never.”"}, "said", "Lavrov"}},
		},
		{
			name: "interrupted across sentences",
			text: "“We will not retreat,” Lavrov said. “Never.”",
			want: []found{{Direct, []string{"“We will not retreat,”", "“Never.”"}, "said", "Lavrov"}},
		},
		{
			name: "nested quote",
			text: "“He told me ‘never again’,” Witkoff said.",
			want: []found{{Direct, []string{"“He told me ‘never again’,”"}, "said", "Witkoff"}},
		},
		{
			name: "mixed with leading cue",
			text: "Ushakov told Russian television that a meeting was “unlikely” to take place next week, while Waltz said he thought it could be arranged.",
			want: []found{{Mixed, []string{"that a meeting was “unlikely” to take place next week"}, "told Russian television", "Ushakov"}},
		},
		{
			name: "mixed with coordinated verb",
			text: "Lavrov echoed Rubio’s remarks and told reporters that “the conversation was very useful”.",
			want: []found{{Mixed, []string{"that “the conversation was very useful”"}, "told reporters", "Lavrov"}},
		},
		{
			name: "mixed with lead-in",
			why:  "words before the quotation are part of what was said",
			text: "With thousands of counting systems, “there is no single point of failure,” he said.",
			want: []found{{Mixed, []string{"With thousands of counting systems, “there is no single point of failure,”"}, "said", "he"}},
		},
		{
			name: "scare quotes are not quotes",
			text: "You can opt out at any time by clicking the “Do Not Sell or Share my Data” button.",
		},
		{
			name: "title is not a quote",
			text: "The band played “American Skin” at the rally.",
		},
		{
			name: "straight quotes",
			text: `"We will win," Lavrov said. "Never."`,
			want: []found{{Direct, []string{`"We will win,"`, `"Never."`}, "said", "Lavrov"}},
		},
		{
			name: "single quotes at top level",
			text: "‘We will win,’ Lavrov said.",
			want: []found{{Direct, []string{"‘We will win,’"}, "said", "Lavrov"}},
		},
		{
			name: "guillemets",
			text: "«We will win,» Lavrov said.",
			want: []found{{Direct, []string{"«We will win,»"}, "said", "Lavrov"}},
		},
		{
			name: "low-high marks",
			text: "„We will win,“ Lavrov said.",
			want: []found{{Direct, []string{"„We will win,“"}, "said", "Lavrov"}},
		},
		{
			name: "mismatched marks",
			why:  "damaged text closes a curly quote with a straight one",
			text: "“We will win,\" Lavrov said.",
			want: []found{{Direct, []string{"“We will win,\""}, "said", "Lavrov"}},
		},
		{
			name: "apostrophes are not marks",
			text: "‘Rubio’s envoys’ visit won’t matter in the ’90s sense,’ Lavrov said.",
			want: []found{{Direct, []string{"‘Rubio’s envoys’ visit won’t matter in the ’90s sense,’"}, "said", "Lavrov"}},
		},
		{
			name: "continuation paragraph",
			why:  "a quote paragraph right after an attributed quote goes on with the same speaker",
			text: "“We will win,” Lavrov said.\n“We always do.”",
			want: []found{{Direct, []string{"“We will win,”", "“We always do.”"}, "said", "Lavrov"}},
		},
		{
			name: "no continuation after a paragraph without quotes",
			text: "Lavrov spoke in Riyadh.\n“We always do.”",
		},
		{
			name: "quote across paragraphs",
			text: "Lavrov said: “We will win.\n“We always do.”",
			want: []found{{Direct, []string{"“We will win.\n“We always do.”"}, "said", "Lavrov"}},
		},
		{
			name: "unclosed quote stops at paragraph end",
			text: "Lavrov said: “We will win.\nThe talks ended. “Fine,” Rubio said.",
			want: []found{
				{Direct, []string{"“We will win."}, "said", "Lavrov"},
				{Direct, []string{"“Fine,”"}, "said", "Rubio"},
			},
		},
		{
			name: "honorific",
			text: "“We will win,” Mr. Lavrov said.",
			want: []found{{Direct, []string{"“We will win,”"}, "said", "Mr. Lavrov"}},
		},
		{
			name: "negated cue",
			text: "Lavrov did not say “never.”",
			want: []found{{Direct, []string{"“never.”"}, "say", "Lavrov"}},
		},
		{
			name: "outer speaker of nested report",
			text: "Lavrov said that Washington and Moscow agreed to hold “regular consultations” on Ukraine.",
			want: []found{{Mixed, []string{"that Washington and Moscow agreed to hold “regular consultations” on Ukraine"}, "said", "Lavrov"}},
		},
		{
			name: "verb base form after of",
			why:  "state is a reporting verb, but after of it is a noun",
			text: "“We will win,” said the secretary of state. The head of state said, “Never.”",
			want: []found{
				{Direct, []string{"“We will win,”"}, "said", "the secretary of state"},
				{Direct, []string{"“Never.”"}, "said", "The head of state"},
			},
		},
		{
			name: "common noun after an inverted cue",
			why:  "after “Q,” said, a determiner and a noun that end the sentence name the speaker",
			text: "“Numbers are fine,” said the clerk. “We close at five,” said a guard.",
			want: []found{
				{Direct, []string{"“Numbers are fine,”"}, "said", "the clerk"},
				{Direct, []string{"“We close at five,”"}, "said", "a guard"},
			},
		},
		{
			name: "lower-case noun before a name after a preposition",
			text: "“The vote will hold,” a spokeswoman for county Democrats said.",
			want: []found{{Direct, []string{"“The vote will hold,”"}, "said", "a spokeswoman for county Democrats"}},
		},
		{
			name: "participle after the mention",
			why:  "known is a participle that ends the mention, not a noun in it",
			text: "“There was no order,” said the base chief known as Bob.",
			want: []found{{Direct, []string{"“There was no order,”"}, "said", "the base chief"}},
		},
		{
			name: "content goes on after a comma and and",
			text: "Lavrov said the plan was “a mistake,” and would cost Europe dearly.",
			want: []found{{Mixed, []string{"the plan was “a mistake,” and would cost Europe dearly"}, "said", "Lavrov"}},
		},
		{
			name: "content ends before a new attribution after and",
			text: "Lavrov said the plan was “a mistake,” and Rubio said it was not.",
			want: []found{{Mixed, []string{"the plan was “a mistake,”"}, "said", "Lavrov"}},
		},
		{
			name: "content goes on into a relative clause",
			text: "Lavrov said the plan was “a mistake,” which Europe would regret.",
			want: []found{{Mixed, []string{"the plan was “a mistake,” which Europe would regret"}, "said", "Lavrov"}},
		},
		{
			name: "content ends before the writer's comment",
			text: "Lavrov said he was “heartened” by the offer — a small win for Rubio. Waltz called him a “nice guy” and he did not mention Ushakov. Putin said the talks were “useful”, a rare compliment. Rubio said the talks were “a start” -- far from a deal.",
			want: []found{
				{Mixed, []string{"he was “heartened” by the offer"}, "said", "Lavrov"},
				{Mixed, []string{"him a “nice guy”"}, "called", "Waltz"},
				{Mixed, []string{"the talks were “useful”"}, "said", "Putin"},
				{Mixed, []string{"the talks were “a start”"}, "said", "Rubio"},
			},
		},
		{
			name: "outer report over an adverb",
			why:  "found is inside what the aides acknowledged",
			text: "Aides acknowledged that even she found the “debt stack” confusing.",
			want: []found{{Mixed, []string{"that even she found the “debt stack” confusing"}, "acknowledged", "Aides"}},
		},
		{
			name: "reporting noun before a reporting verb",
			why:  "report and state are verbs too, but a noun after the",
			text: "“Integration increases over time,” the report stated. The report said, “It is slow.”",
			want: []found{
				{Direct, []string{"“Integration increases over time,”"}, "stated", "the report"},
				{Direct, []string{"“It is slow.”"}, "said", "The report"},
			},
		},
		{
			name: "word for a person as the source",
			text: "Another girl responded, “That’s the man from Riyadh.” A young boy gloated, “We saw him!”",
			want: []found{
				{Direct, []string{"“That’s the man from Riyadh.”"}, "responded", "Another girl"},
				{Direct, []string{"“We saw him!”"}, "gloated", "A young boy"},
			},
		},
		{
			name: "quotation set off by spaced hyphens",
			why:  "a spaced hyphen stands for a dash: the words before it are the writer's",
			text: "Neither man was impressed - “Born with a silver spoon,” Mr. Elkins said - but they stayed.",
			want: []found{{Direct, []string{"“Born with a silver spoon,”"}, "said", "Mr. Elkins"}},
		},
		{
			name: "calls for after a subject is a verb",
			why:  "calls for is a plural noun in Republican calls for reform, a verb after a pronoun or a name",
			text: "He calls for a “Medicare for all” system. Bernie Sanders calls for a “political revolution.”",
			want: []found{
				{Mixed, []string{"a “Medicare for all” system"}, "calls for", "He"},
				{Mixed, []string{"a “political revolution.”"}, "calls for", "Bernie Sanders"},
			},
		},
		{
			name: "title that ends the attribution's sentence",
			why:  "the podcast's name is not a second piece of the quotation",
			text: "“Being a dad, that’s my job,” Weiner said on the podcast “Here’s the Thing.”",
			want: []found{{Direct, []string{"“Being a dad, that’s my job,”"}, "said on the podcast", "Weiner"}},
		},
		{
			name: "show title after a possessive",
			why:  "a title-case name after a possessive, or a title after a word for a work, is no speech",
			text: "Kasich spoke on MSNBC’s “Morning Joe.” He praised Trump’s “great” rallies. Rubio said so in his book “An American Son.”",
			want: []found{{Mixed, []string{"Trump’s “great” rallies"}, "praised", "He"}},
		},
		{
			name: "show title inside the cue's channel",
			why:  "the title names where he spoke; the content starts after it",
			text: "Sanders said on ABC’s “This Week” that he would “take a look” at the bill.",
			want: []found{{Mixed, []string{"that he would “take a look” at the bill"}, "said on ABC’s “This Week”", "Sanders"}},
		},
		{
			name: "report in a relative clause",
			why:  "the general's suggestion is part of what the groups asked",
			text: "Muslim groups are asking Clinton to repudiate a retired general who suggested that the country should “segregate” radicals.",
			want: []found{{Mixed, []string{"Clinton to repudiate a retired general who suggested that the country should “segregate” radicals"}, "asking", "Muslim groups"}},
		},
		{
			name: "went on after the quotation",
			why:  "went on and started report words only after a quotation that announces them",
			text: "“It is a lot of nonsense,” he went on. “You had a conversation in January,” Hannity started. “Is it negotiable?” Hannity pressed.",
			want: []found{
				{Direct, []string{"“It is a lot of nonsense,”"}, "went on", "he"},
				{Direct, []string{"“You had a conversation in January,”"}, "started", "Hannity"},
				{Direct, []string{"“Is it negotiable?”"}, "pressed", "Hannity"},
			},
		},
		{
			name: "title and title",
			why:  "a word for a speaker and a capitalised title are one mention",
			text: "“The tariffs will hurt our farmers,” the Ohio governor and Democratic Senate candidate said in a statement.",
			want: []found{{Direct, []string{"“The tariffs will hurt our farmers,”"}, "said in a statement", "the Ohio governor and Democratic Senate candidate"}},
		},
		{
			name: "bare verb after an aside",
			why:  "the plural subject stands before the aside between commas",
			text: "Republican leaders, however, say it would let the department act as an “umpire.”",
			want: []found{{Mixed, []string{"it would let the department act as an “umpire.”"}, "say", "Republican leaders"}},
		},
		{
			name: "sentence goes on after the attribution",
			why:  "the unquoted words after “he said,” finish the sentence the quotation began",
			text: "“It's our bad luck,” he said, that both men had ties to the mosque. “It's sad,” she said, as the crowd left.",
			want: []found{
				{Mixed, []string{"“It's our bad luck,”", "that both men had ties to the mosque"}, "said", "he"},
				{Direct, []string{"“It's sad,”"}, "said", "she"},
			},
		},
		{
			name: "interrupted quotation whose sentence turns",
			why:  "the second piece follows “he said,” though the sentence goes on to other words",
			text: "He railed against the move - “I love Oreos,” he said, “I will never eat them again” - and vowed to act.",
			want: []found{{Direct, []string{"“I love Oreos,”", "“I will never eat them again”"}, "said", "he"}},
		},
		{
			name: "continuation of a mixed quote",
			why:  "a quote paragraph after a mixed quote whose attribution follows it goes on with it",
			text: "America needs leaders “who keep calm,” Clinton said.\n\n“And that’s why steady leadership matters.”",
			want: []found{{Mixed, []string{"America needs leaders “who keep calm,”", "“And that’s why steady leadership matters.”"}, "said", "Clinton"}},
		},
		{
			name: "introductory phrase before a quotation",
			why:  "“As for ...,” and a participle phrase set the scene; they are not what was said",
			text: "As for his pronouncements, “I kind of write them off,” she said. Emerging from the talks, the prime minister “looked ashen,” Mr. Arad said.",
			want: []found{
				{Direct, []string{"“I kind of write them off,”"}, "said", "she"},
				{Mixed, []string{"the prime minister “looked ashen,”"}, "said", "Mr. Arad"},
			},
		},
		{
			name: "watch in an organisation's name",
			why:  "Watch opens imperatives (Watch: ...) but ends names such as Judicial Watch",
			text: "“It contains her address,” Judicial Watch added.",
			want: []found{{Direct, []string{"“It contains her address,”"}, "added", "Judicial Watch"}},
		},
		{
			name: "what someone called",
			why:  "the naming clause is a quote of its own: what stands for the thing named",
			text: "It was under what Mr. Hedge calls the “prior economy” model.",
			want: []found{{Mixed, []string{"what", "the “prior economy” model"}, "calls", "Mr. Hedge"}},
		},
		{
			name: "what someone called, right before the quotation",
			text: "Cleveland sought the convention to shed what Gilbert called “a perception problem.”",
			want: []found{{Mixed, []string{"what", "“a perception problem.”"}, "called", "Gilbert"}},
		},
		{
			name: "show is no cue before a quotation",
			why:  "a show or a poll shows things, not words, unless a that-clause follows",
			text: "He was showing off the “Peace Through Talks” cap his aides had handed him.",
		},
		{
			name: "verb that reports words only in a clause",
			why:  "accepted and responded take things as objects; wrote takes a clause",
			text: "He accepted “about $200,000” from Wall Street firms. Linick wrote they may have contained “sensitive material.”",
			want: []found{{Mixed, []string{"they may have contained “sensitive material.”"}, "wrote", "Linick"}},
		},
		{
			name: "dateline before the subject",
			why:  "WASHINGTON — names where the story was filed, not who spoke",
			text: "WASHINGTON — The candidate knew about his work and thought the criticism was a “badge of honor.”\n\nPORTSMOUTH, N.H. ― The governor knew the plan and thought it was “a mistake.”",
			want: []found{
				{Mixed, []string{"the criticism was a “badge of honor.”"}, "thought", "The candidate"},
				{Mixed, []string{"it was “a mistake.”"}, "thought", "The governor"},
			},
		},
		{
			name: "report in a subordinate clause before the attribution",
			why:  "as he spoke sets the scene; Witkoff's cue is his own",
			text: "Sounding calmer as he spoke, Mr. Witkoff continued: “The hardest part of the talks is behind us.”",
			want: []found{{Direct, []string{"“The hardest part of the talks is behind us.”"}, "continued", "Mr. Witkoff"}},
		},
		{
			name: "dash before an aside, not a signature",
			why:  "a signed quotation names its author after the dash; an aside about the words does not",
			text: "He said her call to “bring the envoys home now” — itself a reply to Rubio’s “Talks Before Tanks” — was weak.",
			want: []found{{Mixed, []string{"her call to “bring the envoys home now”"}, "said", "He"}},
		},
		{
			name: "what's is no source",
			why:  "what’s today called names a thing: the researchers' hope holds the quotation",
			text: "Researchers hope to use that water for what’s today widely called “green steam.”",
			want: []found{{Mixed, []string{"to use that water for what’s today widely called “green steam.”"}, "hope", "Researchers"}},
		},
		{
			name: "next sentence with two quotations",
			why:  "the sentence after the attribution goes on past its first quotation into a second one, with no cue of its own",
			text: "“We had leverage,” said Jeremy Bash, a former aide. “This was an example of Obama” and his team “quietly deciding.”",
			want: []found{{Mixed, []string{"“We had leverage,”", "“This was an example of Obama” and his team “quietly deciding.”"}, "said", "Jeremy Bash, a former aide"}},
		},
		{
			name: "name then a verb that is also a noun",
			why:  "after a lone name at the clause start, promises to is a verb; Republican claims of is a noun",
			text: "On her website, Ortiz-Vega promises to “close” the Harbor Tunnel.",
			want: []found{{Mixed, []string{"to “close” the Harbor Tunnel"}, "promises", "Ortiz-Vega"}},
		},
		{
			name: "as a publication noted",
			why:  "a tabloid, a magazine, a journal speak as their writers do",
			text: "As the Riyadh Courier tabloid noted in an op-ed Monday, the Russian envoy “has made himself at home.”",
			want: []found{{Mixed, []string{"the Russian envoy “has made himself at home.”"}, "noted in an op-ed Monday", "the Riyadh Courier tabloid"}},
		},
		{
			name: "bare verb after an apposition",
			why:  "the plural subject stands before the apposition's first comma",
			text: "Critics, many of them Catholics, argue that Francis is a “political pope.”",
			want: []found{{Mixed, []string{"that Francis is a “political pope.”"}, "argue", "Critics, many of them Catholics"}},
		},
		{
			name: "and said after a clause set off by a dash",
			why:  "the sentence opens with a phrase; the coordinated cue's subject opens the clause after the dash",
			text: "For that she drew his ire - he called her “weak” and said she had “zero support” in New Hampshire.",
			want: []found{
				{Mixed, []string{"her “weak”"}, "called", "he"},
				{Mixed, []string{"she had “zero support” in New Hampshire"}, "said", "he"},
			},
		},
		{
			name: "verb in -ed after a name",
			why:  "defended is the subject's verb, not a modifier of what follows it",
			text: "Trump defended eminent domain, calling it an “absolute necessity” for the government.",
			want: []found{{Mixed, []string{"it an “absolute necessity” for the government"}, "calling", "Trump"}},
		},
		{
			name: "state before a title",
			why:  "state is a reporting verb elsewhere; before a capitalised title it is part of the mention",
			text: "“We are deeply troubled,” state Assembly leader Ana Ruiz and Senate President Tom Hale, both Democrats, said in a statement.",
			want: []found{{Direct, []string{"“We are deeply troubled,”"}, "said in a statement", "state Assembly leader Ana Ruiz and Senate President Tom Hale, both Democrats"}},
		},
		{
			name: "comma inside a nested quotation",
			why:  "the comma before the closing single mark announces the attribution as a comma before the double mark does",
			text: "“Part of my job is to say: ‘He’s one of us,’” Mr. English said of Mr. Cruz.",
			want: []found{{Direct, []string{"“Part of my job is to say: ‘He’s one of us,’”"}, "said", "Mr. English"}},
		},
		{
			name: "passive participle in an apposition",
			why:  "asked about ... is an aside about the speaker, not a report of its own",
			text: "Mr. Witkoff, asked about the fate of the prisoners, had said, “I think both sides made mistakes too.”",
			want: []found{{Direct, []string{"“I think both sides made mistakes too.”"}, "said", "Mr. Witkoff, asked about the fate of the prisoners"}},
		},
		{
			name: "state after a singular name",
			why:  "Oregon state delegate is a title: the cue is said",
			text: "Oregon state delegate Ruth Kemp said the caucus could be a “washout” this year.",
			want: []found{{Mixed, []string{"the caucus could be a “washout” this year"}, "said", "Oregon state delegate Ruth Kemp"}},
		},
		{
			name: "inverted cue between commas",
			why:  "the speaker follows the cue; the words before it begin what was said",
			text: "Because of how Democrats crafted the schedule, explained Rosenberg, “it is hard to see how she loses.”",
			want: []found{{Mixed, []string{"Because of how Democrats crafted the schedule", "“it is hard to see how she loses.”"}, "explained", "Rosenberg"}},
		},
		{
			name: "time phrase before the subject",
			why:  "A month later names when, not who: the subject follows its comma",
			text: "A month later, he paid a visit to the border and explained why “the Hispanics” would “love” him.",
			want: []found{{Mixed, []string{"why “the Hispanics” would “love” him"}, "explained", "he"}},
		},
		{
			name: "participle after an inverted attribution",
			why:  "the speaker of urging is the one named after said",
			text: "“Oh, let them finish the talks,” said National Security Adviser Mike Waltz, urging his aides to “wait a week.”",
			want: []found{
				{Direct, []string{"“Oh, let them finish the talks,”"}, "said", "National Security Adviser Mike Waltz"},
				{Mixed, []string{"his aides to “wait a week.”"}, "urging", "National Security Adviser Mike Waltz"},
			},
		},
		{
			name: "apposition opening with also",
			why:  "an aside word before the apposition's noun phrase keeps it an apposition",
			text: "Sen. Ann Hale (D-Ore.), also a Democratic primary hopeful, called the tariff “reckless” in a tweet Monday.",
			want: []found{{Mixed, []string{"the tariff “reckless”"}, "called", "Sen. Ann Hale (D-Ore.), also a Democratic primary hopeful"}},
		},
		{
			name: "fronted cue before a quote paragraph",
			why:  "the paragraph is nothing but an inverted cue, its speaker and a colon",
			text: "Stated Stone:\n\n“I think that the stakes are so high.”",
			want: []found{{Direct, []string{"“I think that the stakes are so high.”"}, "Stated", "Stone"}},
		},
		{
			name: "statement named before a colon",
			why:  "no reporting verb: the clause names the statement and its subject issued it",
			text: "Lavrov issued a statement: “We will not retreat.” When the talks ended, the Kremlin released the following statement:\n\n“The talks were useful.”",
			want: []found{
				{Direct, []string{"“We will not retreat.”"}, "issued a statement:", "Lavrov"},
				{Direct, []string{"“The talks were useful.”"}, "released the following statement:", "the Kremlin"},
			},
		},
		{
			name: "sign as a source",
			text: "The headline reads: “Lavrov wins.”",
			want: []found{{Direct, []string{"“Lavrov wins.”"}, "reads", "The headline"}},
		},
		{
			name: "aside between cue and quotation",
			why:  "words of manner before the comma are no reported clause",
			text: "Ushakov responded dryly, with a shrug: “That happens when talks run late.”",
			want: []found{{Direct, []string{"“That happens when talks run late.”"}, "responded", "Ushakov"}},
		},
		{
			name: "sentence set off by a colon",
			why:  "a long lead-in ending in a colon introduces a whole quoted sentence; a clause with a subject before the colon is reported words",
			text: "Rubio continued his criticism of the envoy with the statement he made at a briefing on Monday, followed quickly by: “We are not going to sign this deal.” Lavrov said he has the one thing the talks need: “Patience.”",
			want: []found{
				{Direct, []string{"“We are not going to sign this deal.”"}, "continued", "Rubio"},
				{Mixed, []string{"he has the one thing the talks need: “Patience.”"}, "said", "Lavrov"},
			},
		},
		{
			name: "contrast after a quoted phrase",
			why:  "“…,” but also / but only go on with the reported words; but with a verb of its own is the speaker's next act",
			text: "Rubio says Europeans are “right to be wary,” but also eager for a deal. Lavrov described the meeting as a “useful exchange,” but stopped short of promising more.",
			want: []found{
				{Mixed, []string{"Europeans are “right to be wary,” but also eager for a deal"}, "says", "Rubio"},
				{Mixed, []string{"the meeting as a “useful exchange,”"}, "described", "Lavrov"},
			},
		},
		{
			name: "the speaker's next act after a quoted phrase",
			why:  "and or before with a verb of the speaker's own ends the words a naming cue reports; after said the verb is the reported clause's",
			text: "Waltz called the offer “a bad bargain” and ranked Ushakov among the worst. Rubio said Ushakov was “badly mistaken” and misjudged history.",
			want: []found{
				{Mixed, []string{"the offer “a bad bargain”"}, "called", "Waltz"},
				{Mixed, []string{"Ushakov was “badly mistaken” and misjudged history"}, "said", "Rubio"},
			},
		},
		{
			name: "cue right before a quoted sentence with no mention next to it",
			why:  "the quotation is reported all the same; the clause's subject is the best guess at its source",
			text: "Ortiz, a Rubio supporter, earned a round of jeers upon saying, “The envoy listened to the farmers.” Hale called it “nonsense.”",
			want: []found{
				{Direct, []string{"“The envoy listened to the farmers.”"}, "saying", "Ortiz"},
				{Mixed, []string{"it “nonsense.”"}, "called", "Hale"},
			},
		},
		{
			name: "surname that reads as a verb before a trailing cue",
			why:  "after a quotation that ends in a comma, a capitalized word right before a reporting verb names the speaker",
			text: "“The numbers do not add up,” Read said. “He will not win the state,” Will wrote in his column.",
			want: []found{
				{Direct, []string{"“The numbers do not add up,”"}, "said", "Read"},
				{Direct, []string{"“He will not win the state,”"}, "wrote in his column", "Will"},
			},
		},
		{
			name: "gerund after a preposition that opens its report",
			why:  "by warning that ... reports the words of the clause's subject, as by saying does",
			text: "The mayor rallied the crowd by warning that the city was “running out of time” for repairs.",
			want: []found{{Mixed, []string{"that the city was “running out of time” for repairs"}, "warning", "The mayor"}},
		},
		{
			name: "topic after about",
			why:  "in joked about X, X is what was said; about belongs to the cue",
			text: "The mayor joked about his rival’s “remarkable talent” for losing elections.",
			want: []found{{Mixed, []string{"his rival’s “remarkable talent” for losing elections"}, "joked", "The mayor"}},
		},
		{
			name: "according to after a trailing attribution",
			why:  "the writer relies on X for the whole clause, the speaker's attribution included",
			text: "“We will carry this state,” Ortiz told donors, according to a recording of the event. “We will win,” Ortiz said.",
			want: []found{
				{Mixed, []string{"“We will carry this state,” Ortiz told donors"}, "according to", "a recording of the event"},
				{Direct, []string{"“We will win,”"}, "said", "Ortiz"},
			},
		},
		{
			name: "and with a subject of its own after a quoted phrase",
			why:  "after a naming cue, “...,” and a new subject is the writer's next clause; after said it is the reported clause's",
			text: "The mayor called the budget “a fantasy,” and his rivals agreed. Ortiz said the plan was “a good start,” and Lee would back it.",
			want: []found{
				{Mixed, []string{"the budget “a fantasy,”"}, "called", "The mayor"},
				{Mixed, []string{"the plan was “a good start,” and Lee would back it"}, "said", "Ortiz"},
			},
		},
		{
			name: "the speaker's next act in an irregular past or a perfect",
			why:  "and set ..., and has invited ... are the speaker's next acts, like and ranked",
			text: "Ortiz vowed to be “the greatest builder” and set a deadline for the work. Lee promised to keep it “classy” and has invited two guests.",
			want: []found{
				{Mixed, []string{"to be “the greatest builder”"}, "vowed", "Ortiz"},
				{Mixed, []string{"to keep it “classy”"}, "promised", "Lee"},
			},
		},
		{
			name: "a clause of its own after a comma",
			why:  "a name and a finite verb, or a past verb after a cue other than said, start the writer's next clause",
			text: "Lee said he was “tired of the lies” about his record, Ortiz answered on Monday. Ortiz suggested the tone was “shrill” at times, called the senator weak. Ortiz described turnout as “strong,” compared with last year.",
			want: []found{
				{Mixed, []string{"he was “tired of the lies” about his record"}, "said", "Lee"},
				{Mixed, []string{"the tone was “shrill” at times"}, "suggested", "Ortiz"},
				{Mixed, []string{"turnout as “strong,” compared with last year"}, "described", "Ortiz"},
			},
		},
		{
			name: "the writer's frame after a quoted phrase",
			why:  "in response, for instance and when asked frame the words; they are not said",
			text: "Ortiz urged voters to “stay calm” in response. Lee said the team would “do better” when asked about the loss.",
			want: []found{
				{Mixed, []string{"voters to “stay calm”"}, "urged", "Ortiz"},
				{Mixed, []string{"the team would “do better”"}, "said", "Lee"},
			},
		},
		{
			name: "a crowd's chants",
			why:  "chants of names the words in the marks; the clause's subject, or the noun's owner, chants them",
			text: "Supporters answered with chants of “Four more years” until the senator spoke. Opponents drowned him out with their cries of “Go home!”",
			want: []found{
				{Direct, []string{"“Four more years”"}, "chants of", "Supporters"},
				{Direct, []string{"“Go home!”"}, "cries of", "their"},
			},
		},
		{
			name: "a trailing speaker other than the report's before the quotation",
			why:  "in Ortiz said X “...,” the engineer recalled, the engineer speaks and Ortiz's report is part of the words",
			text: "Ortiz said the levee “would hold for years,” the engineer recalled.",
			want: []found{{Mixed, []string{"Ortiz said the levee “would hold for years,”"}, "recalled", "the engineer"}},
		},
		{
			name: "and a pronoun after said",
			why:  "after said, and he goes on with the reported clause; after a naming cue it is the speaker's next act",
			text: "Ortiz said he was “tired of waiting” and he would run again. Lee called him a “nice guy” and he laughed.",
			want: []found{
				{Mixed, []string{"he was “tired of waiting” and he would run again"}, "said", "Ortiz"},
				{Mixed, []string{"him a “nice guy”"}, "called", "Lee"},
			},
		},
		{
			name: "including after a quoted phrase",
			why:  "including is a preposition, not a participial clause of the writer's: the words go on",
			text: "Ortiz said the plan had “broad support,” including from the unions.",
			want: []found{{Mixed, []string{"the plan had “broad support,” including from the unions"}, "said", "Ortiz"}},
		},
		{
			name: "a channel noun that modifies another noun",
			why:  "on her email server is a place in the reported words; in a Facebook post late Tuesday is where they were said",
			text: "Ortiz said she “never sent classified material” on her private email server. Lee called the vote “a sham” in a Facebook post late Tuesday.",
			want: []found{
				{Mixed, []string{"she “never sent classified material” on her private email server"}, "said", "Ortiz"},
				{Mixed, []string{"the vote “a sham”"}, "called", "Lee"},
			},
		},
		{
			name: "adverb between a trailing source and its cue",
			text: "“We live in Satan’s kingdom,” my father often said.",
			want: []found{{Direct, []string{"“We live in Satan’s kingdom,”"}, "said", "my father"}},
		},
		{
			name: "report of its own after a quotation that ends its sentence",
			why:  "He said, twice, that ... reports its own words; the quotation before it goes on with the one before",
			text: "“Our farms are being squeezed by the new tariffs,” Mr. Rubio said. “That is my main worry.” He said, twice, that he was going back to Riyadh.",
			want: []found{{Direct, []string{"“Our farms are being squeezed by the new tariffs,”", "“That is my main worry.”"}, "said", "Mr. Rubio"}},
		},
		{
			name: "topic before the that-clause",
			why:  "stated of the swap that ...: the cue reports the that-clause; an earlier verb in a subordinate clause is no cue",
			text: "After the briefing concluded, Ushakov stated of the prisoner swap that the report “wasn’t complete.”",
			want: []found{{Mixed, []string{"that the report “wasn’t complete.”"}, "stated", "Ushakov"}},
		},
		{
			name: "when and where after a description",
			why:  "described X as a “Q”: a day, during, despite or a clause after as or after is the writer's",
			text: "Hale described Ortiz as a “menace” after she criticized the board. Hale blasted Ortiz as a “menace” Tuesday on his show.",
			want: []found{
				{Mixed, []string{"Ortiz as a “menace”"}, "described", "Hale"},
				{Mixed, []string{"Ortiz as a “menace”"}, "blasted", "Hale"},
			},
		},
		{
			name: "a later quotation led in by a word or two",
			why:  "Instead, “…”: the lead word is part of the same speaker's words; a cue as the lead (Adding, “…”) is not",
			text: "“He’s supposed to be a mediator,” Lavrov said. Instead, “he just takes sides like a lawyer.”",
			want: []found{{Mixed, []string{"“He’s supposed to be a mediator,”", "Instead, “he just takes sides like a lawyer.”"}, "said", "Lavrov"}},
		},
		{
			name: "time phrase before an attribution in mid-sentence",
			why:  "During ..., X said, ...: when the words were said is no part of them",
			text: "During her years on the council, Ms. Ortiz said, a majority of Ohioans have come to believe “that the dam is unsafe.”",
			want: []found{{Mixed, []string{"a majority of Ohioans have come to believe “that the dam is unsafe.”"}, "said", "Ms. Ortiz"}},
		},
		{
			name: "attribution repeated after a quotation with a cue before it",
			why:  "she said, after a quotation a cue before it attributes, attributes the quotation that opens the next sentence",
			text: "McCaskill scolded him: “The community is against you,” she said. “I don’t understand.”",
			want: []found{
				{Direct, []string{"“The community is against you,”"}, "scolded", "McCaskill"},
				{Direct, []string{"“I don’t understand.”"}, "said", "she"},
			},
		},
		{
			name: "title after a work and a comma",
			why:  "in her memoir, “Tough Choices.”: a title-case name after a word for a work is its title, not words said",
			text: "She wrote about it in her memoir, “Tough Choices.” Trump said of the episode, “I don’t like it.”",
			want: []found{{Direct, []string{"“I don’t like it.”"}, "said", "Trump"}},
		},
		{
			name: "when after a quotation right after its cue",
			why:  "on Friday afternoon, as he promised ...: the clause goes on with the writer's words, not the speaker's",
			text: "Trump tweeted “Thank you Indiana” on Friday afternoon.",
			want: []found{{Direct, []string{"“Thank you Indiana”"}, "tweeted", "Trump"}},
		},
		{
			name: "whom a question was asked, right before it",
			text: "Hale asked the Tulsa crowd “If he can’t keep his word, why should we keep ours?”",
			want: []found{{Direct, []string{"“If he can’t keep his word, why should we keep ours?”"}, "asked the Tulsa crowd", "Hale"}},
		},
		{
			name: "bare say after a plural head and an aside",
			why:  "Supporters of the bill say: the head before of is plural; however between commas is an aside",
			text: "Supporters of the bill, however, say it would keep safeguards in place as an “umpire.”",
			want: []found{{Mixed, []string{"it would keep safeguards in place as an “umpire.”"}, "say", "Supporters of the bill"}},
		},
		{
			name: "second verb of a subordinate clause shares the first one's source",
			why:  "and called for ...: the subject of called speaks again; the subordinate clause ends at its comma",
			text: "Though she called the behavior “outrageous” and called for pay to be “clawed back” for executives, Clinton restricted her comments.",
			want: []found{
				{Mixed, []string{"the behavior “outrageous”"}, "called", "she"},
				{Mixed, []string{"pay to be “clawed back” for executives"}, "called for", "she"},
			},
		},
		{
			name: "a ruling as a source",
			why:  "ruling after a determiner is a noun, not a form of rule",
			text: "“A state cannot avoid the conclusion,” said the ruling.",
			want: []found{{Direct, []string{"“A state cannot avoid the conclusion,”"}, "said", "the ruling"}},
		},
		{
			name: "subject after a full date",
			why:  "On July 6, 2015, ...: the year after the day is part of the introductory phrase",
			text: "On July 6, 2015, Sanders made the following comment:\n\n“For young people the unemployment rate is 33 percent.”",
			want: []found{{Direct, []string{"“For young people the unemployment rate is 33 percent.”"}, "made the following comment:", "Sanders"}},
		},
		{
			name: "a date in digits inside a source",
			text: "“They are 100 percent wrong,” said 9/11 widow Terry Strada.",
			want: []found{{Direct, []string{"“They are 100 percent wrong,”"}, "said", "9/11 widow Terry Strada"}},
		},
		{
			name: "the cue's object before a quoted sentence",
			why:  "added the words, “…”: an object with an article is part of what was said; a time (a day earlier) is not",
			text: "She added the words, “Hillary Clinton.” He also stated a day earlier, “We will go to war.”",
			want: []found{
				{Mixed, []string{"the words, “Hillary Clinton.”"}, "added", "She"},
				{Direct, []string{"“We will go to war.”"}, "stated", "He"},
			},
		},
		{
			name: "title-case name after about or on",
			why:  "talking about “Collapse: …”, a project on “Women in Power”: titles, not words said",
			text: "Rhodes recalled Mr. Obama talking about “Collapse: How Societies Choose to Fail,” a book. Lynch agreed to an interview for the project on “Women in Power.”",
		},
		{
			name: "nickname inside a name",
			why:  "a capitalized word in marks between a first and a last name is no quotation",
			text: "Scott's niece, Marcia “Cia” Price, shouted to the crowd. “The nation is watching Virginia.”",
			want: []found{{Direct, []string{"“The nation is watching Virginia.”"}, "shouted to the crowd", "Scott's niece, Marcia “Cia” Price"}},
		},
		{
			name: "adverb between a name and a verb that is also a noun",
			text: "On the road, Mr. Witkoff regularly pledges to “bring every hostage home by spring.”",
			want: []found{{Mixed, []string{"to “bring every hostage home by spring.”"}, "pledges", "Mr. Witkoff"}},
		},
		{
			name: "gerund after a comma and before",
			why:  "…, before insisting: the subject of the main clause speaks",
			text: "Waltz told reporters about it, before insisting he had a “warm rapport” with Ushakov.",
			want: []found{{Mixed, []string{"he had a “warm rapport” with Ushakov"}, "insisting", "Waltz"}},
		},
		{
			name: "report noun with its owner",
			why:  "the owner of the remark is its source; the that-clause is what was said",
			text: "Hale stirred anger with her remark that “there’s no seat at the table” for some. Critics mocked Rubio’s claim that Lavrov was “useful.”",
			want: []found{
				{Mixed, []string{"that “there’s no seat at the table” for some"}, "remark", "her"},
				{Mixed, []string{"that Lavrov was “useful.”"}, "claim", "Rubio’s"},
			},
		},
		{
			name: "as X put it",
			text: "As Lavrov put it, “We listened.” Or, as Ann Hale, a former secretary of the navy, put it: “The fleet is tired.”",
			want: []found{
				{Direct, []string{"“We listened.”"}, "put it", "Lavrov"},
				{Direct, []string{"“The fleet is tired.”"}, "put it", "Ann Hale, a former secretary of the navy"},
			},
		},
		{
			name: "document and its verb in -s",
			why:  "reads after a word for a document is its verb, not a plural noun",
			text: "“We see charter schools offering a choice,” the letter reads. A reader would now ask: “What?”",
			want: []found{
				{Direct, []string{"“We see charter schools offering a choice,”"}, "reads", "the letter"},
				{Direct, []string{"“What?”"}, "ask", "A reader"},
			},
		},
		{
			name: "quotation paragraph signed in the next",
			text: "“Boeing and GE pay zero taxes.”\n\n- Sanders.\n\nThis is a complex issue.",
			want: []found{{Direct, []string{"“Boeing and GE pay zero taxes.”"}, "-", "Sanders"}},
		},
		{
			name: "cue fronted before its speaker",
			text: "Said Martha Greaves, who went to school with Ortiz, “We all knew she would lead.”",
			want: []found{{Direct, []string{"“We all knew she would lead.”"}, "Said", "Martha Greaves"}},
		},
		{
			name: "went on and a bare cue after only",
			text: "She went on: “It is like a leaking house.” A spokesman for Sanders could only quip: “Christmas Eve was booked.” “If they were serious,” Toomey fumed.",
			want: []found{
				{Direct, []string{"“It is like a leaking house.”"}, "went on", "She"},
				{Direct, []string{"“Christmas Eve was booked.”"}, "quip", "A spokesman for Sanders"},
				{Direct, []string{"“If they were serious,”"}, "fumed", "Toomey"},
			},
		},
		{
			name: "words before a parenthetical attribution",
			why:  "what follows the attribution goes on with the sentence's subject, so the subject is said too; a new sentence is not",
			text: "The talks, Lavrov said, were “useful and frank.” In other words, he said, “We listened.”",
			want: []found{
				{Mixed, []string{"The talks", "were “useful and frank.”"}, "said", "Lavrov"},
				{Direct, []string{"“We listened.”"}, "said", "he"},
			},
		},
		{
			name: "by saying after an object",
			why:  "the verb before by has an object, so the clause's subject speaks",
			text: "Rubio closed his briefing by saying “Enough.” Lavrov paused before asking them, “Where do we go?”",
			want: []found{
				{Direct, []string{"“Enough.”"}, "saying", "Rubio"},
				{Direct, []string{"“Where do we go?”"}, "asking", "Lavrov"},
			},
		},
		{
			name: "participle gerund after a subject with an object",
			why:  "ended his speech is a verb and its object, not part of the mention",
			text: "Obama ended his speech, saying “Too many.”",
			want: []found{{Direct, []string{"“Too many.”"}, "saying", "Obama"}},
		},
	}
	checkLayouts(t, New(Options{}), tests)
}

// TestLayoutBounds covers where a quote's content starts and ends when the
// sentence around it goes on: abbreviations, further quotations, clauses.
func TestLayoutBounds(t *testing.T) {
	tests := []layoutCase{
		{
			name: "abbreviation before the next quotation",
			why:  "the stop after a state abbreviation ends the attribution's sentence when a quotation opens after it",
			text: "“The water came fast,” said Dana Ortiz, 41, of Tempe, Ariz. “We lost the barn.”",
			want: []found{{Direct, []string{"“The water came fast,”", "“We lost the barn.”"}, "said", "Dana Ortiz, 41"}},
		},
		{
			name: "dotted abbreviation before the next quotation",
			text: "“The dam is old,” Ortiz said at a rally in Binghamton, N.Y. “We will fix it.”",
			want: []found{{Direct, []string{"“The dam is old,”", "“We will fix it.”"}, "said at a rally in Binghamton", "Ortiz"}},
		},
		{
			name: "a further quotation after but",
			text: "“I like the mayor,” Ortiz said, but “the dam was never safe.”",
			want: []found{{Direct, []string{"“I like the mayor,”", "“the dam was never safe.”"}, "said", "Ortiz"}},
		},
		{
			name: "party and state after a name",
			why:  "the dot of R-Ky. before a comma does not end the sentence",
			text: "“The dam will hold,” Senator Dana Ortiz, R-Ky., said.",
			want: []found{{Direct, []string{"“The dam will hold,”"}, "said", "Senator Dana Ortiz, R-Ky."}},
		},
		{
			name: "attribution sentence before the quotation",
			text: "Dana Ortiz, the county engineer, said in a statement. “The dam will hold.”",
			want: []found{{Direct, []string{"“The dam will hold.”"}, "said in a statement", "Dana Ortiz, the county engineer"}},
		},
		{
			name: "object of an urging verb is reported",
			why:  "whom the speaker urges to do what is what was said",
			text: "Ortiz urged farmers to “stay off the levee” until Friday.",
			want: []found{{Mixed, []string{"farmers to “stay off the levee” until Friday"}, "urged", "Ortiz"}},
		},
		{
			name: "adjunct after a comma is the writer's",
			text: "Ortiz said the levee was “never safe” for the town, despite the county's repairs last spring.",
			want: []found{{Mixed, []string{"the levee was “never safe” for the town"}, "said", "Ortiz"}},
		},
		{
			name: "a second predicate after but is the writer's",
			text: "Ortiz said the levee was “holding” for now, but moved her cattle to higher ground.",
			want: []found{{Mixed, []string{"the levee was “holding” for now"}, "said", "Ortiz"}},
		},
		{
			name: "quotation after the writer's words",
			why:  "a quotation sentence with no attribution of its own, after a sentence of the writer's, goes on with the quote before it",
			text: "“The water came fast,” Ortiz said. The farm lies low by the river. “We lost the barn.”",
			want: []found{{Direct, []string{"“The water came fast,”", "“We lost the barn.”"}, "said", "Ortiz"}},
		},
		{
			name: "attribution with a colon after a finished quotation",
			why:  "after “Q.” an attribution ending in a colon introduces the next quotation; the finished one goes on with the quote before it",
			text: "“We are farmers,” Ortiz said. “We are not bankers.” Diaz added: “The flood was the work of nature.”",
			want: []found{
				{Direct, []string{"“We are farmers,”", "“We are not bankers.”"}, "said", "Ortiz"},
				{Direct, []string{"“The flood was the work of nature.”"}, "added", "Diaz"},
			},
		},
		{
			name: "attribution with a colon after a quoted phrase",
			text: "Granting that a deal would come “down the line” she warned: “It will not be soon.”",
			want: []found{{Direct, []string{"“It will not be soon.”"}, "warned", "she"}},
		},
		{
			name: "subject and verb before a colon",
			why:  "a verb outside the lexicon introduces a quotation with a colon; its subject is the source",
			text: "The mayor then turned to the crowd again: “We will rebuild the bridge.”",
			want: []found{{Direct, []string{"“We will rebuild the bridge.”"}, "then turned to the crowd again:", "The mayor"}},
		},
		{
			name: "a report right after the quotation ends the clause",
			text: "Ortiz said the meeting was “very useful” he claimed they had never met.",
			want: []found{{Mixed, []string{"the meeting was “very useful”"}, "said", "Ortiz"}},
		},
		{
			name: "that after a setting",
			why:  "the setting between the cue and a comma before that is not reported",
			text: "Ortiz said on Tuesday while touring the flooded valley, that the dam was “never safe.”",
			want: []found{{Mixed, []string{"that the dam was “never safe.”"}, "said on Tuesday", "Ortiz"}},
		},
		{
			name: "long words between cue and quotation are reported",
			text: "Ortiz says no matter what sort of budget plan the county council adopts next spring, “the dam will fail.”",
			want: []found{{Mixed, []string{"no matter what sort of budget plan the county council adopts next spring, “the dam will fail.”"}, "says", "Ortiz"}},
		},
		{
			name: "subject far before a speech verb",
			why:  "a long apposition stands between the subject and said",
			text: "Rich Ortiz, a farmer who played a major role in the relief effort of 2008 and who is now running the relief program for the whole of the valley and its towns, said the dam was “never safe.”",
			want: []found{{Mixed, []string{"the dam was “never safe.”"}, "said", "Rich Ortiz"}},
		},
		{
			name: "subject and a time phrase before a speech verb",
			text: "Senator Dana Ortiz (D-Calif.) last week said the dam was “never safe.”",
			want: []found{{Mixed, []string{"the dam was “never safe.”"}, "said", "Senator Dana Ortiz (D-Calif.)"}},
		},
		{
			name: "subject far before a naming verb",
			why:  "only verbs of plain speech take a subject that far away",
			text: "The new relief fund for farmers in the valley, set up last week, called the dam “a disaster.”",
		},
		{
			name: "channel phrase after the quoted words",
			text: "Ortiz called the dam “a disaster waiting to happen” in a Facebook post.",
			want: []found{{Mixed, []string{"the dam “a disaster waiting to happen”"}, "called", "Ortiz"}},
		},
		{
			name: "a past form spelled like the base after a noun",
			why:  "read after the sign is its verb, not part of a compound noun",
			text: "“Save the valley,” the sign read.",
			want: []found{{Direct, []string{"“Save the valley,”"}, "read", "the sign"}},
		},
		{
			name: "coordinated verb of belief inside what is said",
			why:  "expects shares the subject of the reported clause, so says governs the quotation",
			text: "Ortiz says she is proud of the farm and expects to leave the valley with “a solid harvest.”",
			want: []found{{Mixed, []string{"she is proud of the farm and expects to leave the valley with “a solid harvest.”"}, "says", "Ortiz"}},
		},
		{
			name: "coordinated verb after a quote of the first verb's own",
			why:  "the first verb's words end at the second verb, which opens a report with that",
			text: "Ortiz claims that the dam is “a disaster,” and asserts that the permit was “rushed.”",
			want: []found{
				{Mixed, []string{"that the dam is “a disaster,”"}, "claims", "Ortiz"},
				{Mixed, []string{"that the permit was “rushed.”"}, "asserts", "Ortiz"},
			},
		},
		{
			name: "naming verb in a relative clause",
			why:  "which stands for the thing named, as what does in what he called",
			text: "The mayor criticized the stadium deal, which he called “a disgrace,” and vowed to fight it.",
			want: []found{{Mixed, []string{"which", "“a disgrace,”"}, "called", "he"}},
		},
		{
			name: "dubbed after a pronoun is a speaker's verb",
			why:  "dubbed before a quotation marks a title, unless a pronoun subject says it",
			text: "He took a swipe at Ortiz, who he dubbed “the little mayor.”",
			want: []found{{Mixed, []string{"who", "“the little mayor.”"}, "dubbed", "he"}},
		},
		{
			name: "question in an opening asked clause",
			why:  "the clause says what was asked and names no asker",
			text: "Asked whether the mayor “has the integrity to serve,” most voters said yes. When asked to confirm his role in the “secret” plan, a second official did so.",
			want: []found{
				{Mixed, []string{"whether the mayor “has the integrity to serve,”"}, "Asked", ""},
				{Mixed, []string{"to confirm his role in the “secret” plan"}, "asked", ""},
			},
		},
		{
			name: "quotation after a mention that ends in an abbreviation",
			why:  "the dot of R-S.C. ends the sentence, so the next quotation goes on with the same speaker",
			text: `"We will not back down," said Sen. Tom Lee, R-S.C. "I get that. But he is wrong."`,
			want: []found{{Direct, []string{`"We will not back down,"`, `"I get that. But he is wrong."`}, "said", "Sen. Tom Lee, R-S.C."}},
		},
		{
			name: "a share's answer ends the previous share's",
			why:  "and 22 percent said starts the next group's answer",
			text: "Most voters were unsure. Some 35 percent said the deal was “fairly likely” to hold and 22 percent said “not likely at all.”",
			want: []found{
				{Mixed, []string{"the deal was “fairly likely” to hold"}, "said", "Some 35 percent"},
				{Direct, []string{"“not likely at all.”"}, "said", "22 percent"},
			},
		},
		{
			name: "quotation between a possessive and a remark noun",
			why:  "the owner said the words the noun names",
			text: "The mayor’s “read my lips” pledge came back to haunt him.",
			want: []found{{Direct, []string{"“read my lips”"}, "pledge", "The mayor’s"}},
		},
		{
			name: "sentence that opens with according to",
			why:  "the reports are the source the writer relies on; what they report is the rest of the sentence, its own attribution included",
			text: "According to pool reports, Ortiz said the day was “a disgrace” for the city.",
			want: []found{{Mixed, []string{"Ortiz said the day was “a disgrace” for the city"}, "According to", "pool reports"}},
		},
		{
			name: "quotation and attribution in parentheses",
			why:  "the parenthesis sets the quotation apart; the words before it are the writer's",
			text: "The deal drew anger from members (“I want my dues back,” wrote Ed Ross, a welder in Ohio) and from some locals.",
			want: []found{{Direct, []string{"“I want my dues back,”"}, "wrote", "Ed Ross, a welder in Ohio"}},
		},
		{
			name: "parenthesis after the quotation",
			why:  "an aside in parentheses right after the marks is the writer's, not the speaker's",
			text: "Ortiz called the new rules “a trap” (though he later softened his tone) and left.",
			want: []found{{Mixed, []string{"the new rules “a trap”"}, "called", "Ortiz"}},
		},
		{
			name: "what and a passive naming verb",
			why:  "what had been called names a thing by words no one in the sentence said",
			text: "The county scrapped what had been called the “Quiet Hour,” an hour of free parking.",
			want: []found{{Mixed, []string{"what", "the “Quiet Hour,”"}, "called", ""}},
		},
		{
			name: "coordinated naming verb keeps its own quote",
			text: "Ortiz says she respects the mayor and calls him “a fine neighbor.”",
			want: []found{{Mixed, []string{"him “a fine neighbor.”"}, "calls", "Ortiz"}},
		},
		{
			name: "verb outside the lexicon with an object as a quotation",
			text: "Ortiz has been steadily pounding the mayor as a “reckless builder” all week.",
			want: []found{{Mixed, []string{"the mayor as a “reckless builder” all week"}, "has been steadily pounding", "Ortiz"}},
		},
		{
			name: "verb outside the lexicon before a quoted clause",
			why:  "four words or more, not a name, after a person's verb and its object read as words said",
			text: "She wants the candidates “first and foremost to admit that it is a real thing.” Those grants are available to “every other family that has filed its papers on time.” Ortiz ended the letter with “Si Vis Pacem Para Bellum.”",
			want: []found{{Mixed, []string{"the candidates “first and foremost to admit that it is a real thing.”"}, "wants", "She"}},
		},
		{
			name: "verb outside the lexicon before a scare quote",
			text: "Ortiz planted the “miracle” seeds last spring.",
		},
		{
			name: "quotation after the writer's words with a report between",
			why:  "a reporting verb between them may introduce another voice",
			text: "“The water came fast,” Ortiz said. Her neighbor said the farm lies low. “We lost the barn.”",
			want: []found{{Direct, []string{"“The water came fast,”"}, "said", "Ortiz"}},
		},
	}
	checkLayouts(t, New(Options{}), tests)
	checkLayouts(t, New(Options{Indirect: true}), []layoutCase{
		{
			name: "quotation after reported speech",
			why:  "the reported words and the quotation sentence after them are one mixed quote",
			text: "Ortiz said the water came fast. “We lost the barn.”",
			want: []found{{Mixed, []string{"the water came fast", "“We lost the barn.”"}, "said", "Ortiz"}},
		},
	})
}

func TestIndirectLayouts(t *testing.T) {
	tests := []layoutCase{
		{
			name: "continuation past reported speech",
			why:  "the gerund's report does not interrupt the quoted voice the next paragraph goes on with",
			text: "“Whites will become minorities,” Ramos said, referring to the growing Hispanic community.\n\n“So I think there is resistance.”",
			want: []found{
				{Direct, []string{"“Whites will become minorities,”", "“So I think there is resistance.”"}, "said", "Ramos"},
				{Indirect, []string{"the growing Hispanic community"}, "referring to", "Ramos"},
			},
		},
		{
			name: "quotation after an adding clause",
			why:  "adding reports on its own; the quotation after it goes on with the addition",
			text: "“We have started those talks,” Ortiz said, adding that the council was united. “It cares about the valley.”",
			want: []found{
				{Direct, []string{"“We have started those talks,”"}, "said", "Ortiz"},
				{Mixed, []string{"that the council was united", "“It cares about the valley.”"}, "adding", "Ortiz"},
			},
		},
		{
			name: "source cue content",
			text: "Ukrainian President Volodymyr Zelensky said his country would not accept any outcome from the talks.",
			want: []found{{Indirect, []string{"his country would not accept any outcome from the talks"}, "said", "Ukrainian President Volodymyr Zelensky"}},
		},
		{
			name: "several sources",
			text: "After the talks ended, Ushakov and Waltz said no date has been set yet for that summit.",
			want: []found{{Indirect, []string{"no date has been set yet for that summit"}, "said", "Ushakov and Waltz"}},
		},
		{
			name: "two reports in one sentence",
			text: "Ushakov said a meeting was unlikely next week, while Waltz said he thought it could be arranged.",
			want: []found{
				{Indirect, []string{"a meeting was unlikely next week"}, "said", "Ushakov"},
				{Indirect, []string{"he thought it could be arranged"}, "said", "Waltz"},
			},
		},
		{
			name: "content first",
			text: "The talks were useful, Lavrov said.",
			want: []found{{Indirect, []string{"The talks were useful"}, "said", "Lavrov"}},
		},
		{
			name: "according to",
			text: "According to the Kremlin, the talks were useful.",
			want: []found{{Indirect, []string{"the talks were useful"}, "According to", "the Kremlin"}},
		},
		{
			name: "gerund takes the subject",
			text: "Rubio said the talks were a start, adding that both sides agreed to keep talking.",
			want: []found{
				{Indirect, []string{"the talks were a start"}, "said", "Rubio"},
				{Indirect, []string{"that both sides agreed to keep talking"}, "adding", "Rubio"},
			},
		},
		{
			name: "quotation paragraph after reported speech alone in its paragraph",
			why:  "the quotation goes on with the same voice, unless the next line signs it",
			text: "Carter said that critics had been predicting a withdrawal.\n\n“That’s because this region remains the most consequential.”\n\nSanders said she would consider legislation.\n\n\"Boeing and GE pay zero taxes.\"\n\n- Sanders",
			want: []found{
				{Mixed, []string{"that critics had been predicting a withdrawal", "“That’s because this region remains the most consequential.”"}, "said", "Carter"},
				{Indirect, []string{"she would consider legislation"}, "said", "Sanders"},
				{Direct, []string{"\"Boeing and GE pay zero taxes.\""}, "-", "Sanders"},
			},
		},
		{
			name: "no report",
			text: "His comments were further evidence of the remarkable reversal.",
		},
		{
			name: "passive is no report",
			text: "He was charged with fraud in 2014.",
		},
	}
	checkLayouts(t, New(Options{Indirect: true}), tests)
}

// TestPartlyQuoted checks that reported speech whose content holds a
// quotation is mixed, whichever reader found it.
func TestPartlyQuoted(t *testing.T) {
	tests := []layoutCase{
		{
			name: "according to before quoted words",
			text: "According to the report, the men wore shirts that read “Settle for Hillary.”",
			want: []found{{Mixed, []string{"the men wore shirts that read “Settle for Hillary.”"}, "According to", "the report"}},
		},
		{
			name: "a title is no quotation",
			why:  "words in marks after a naming word are a title, not what was said",
			text: "According to the report, the agency helped publish a book titled “Who’s Who in the CIA.”",
			want: []found{{Indirect, []string{"the agency helped publish a book titled “Who’s Who in the CIA.”"}, "According to", "the report"}},
		},
	}
	checkLayouts(t, New(Options{Indirect: true}), tests)
}
