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
			text: "With dozens of border towns, “there is no single gate to watch,” he said.",
			want: []found{{Mixed, []string{"With dozens of border towns, “there is no single gate to watch,”"}, "said", "he"}},
		},
		{
			name: "scare quotes are not quotes",
			text: "You can opt out at any time by clicking the “Do Not Sell or Share my Data” button.",
		},
		{
			name: "title is not a quote",
			text: "The band played “Harbor Lights” at the rally.",
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
			text: "“There was no order,” said the depot chief known as Kolya.",
			want: []found{{Direct, []string{"“There was no order,”"}, "said", "the depot chief"}},
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
			why:  "found is inside what the envoys acknowledged",
			text: "Envoys acknowledged that even he found the “grain clause” baffling.",
			want: []found{{Mixed, []string{"that even he found the “grain clause” baffling"}, "acknowledged", "Envoys"}},
		},
		{
			name: "reporting noun before a reporting verb",
			why:  "report and state are verbs too, but a noun after the",
			text: "“Trade grows slowly at first,” the report stated. The report said, “It is slow.”",
			want: []found{
				{Direct, []string{"“Trade grows slowly at first,”"}, "stated", "the report"},
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
			text: "Neither envoy was pleased - “Raised in a palace,” Mr. Morrow said - but they stayed.",
			want: []found{{Direct, []string{"“Raised in a palace,”"}, "said", "Mr. Morrow"}},
		},
		{
			name: "calls for after a subject is a verb",
			why:  "calls for is a plural noun in Republican calls for reform, a verb after a pronoun or a name",
			text: "He calls for a “tolls for all” plan. Dana Ortiz calls for a “harbor revival.”",
			want: []found{
				{Mixed, []string{"a “tolls for all” plan"}, "calls for", "He"},
				{Mixed, []string{"a “harbor revival.”"}, "calls for", "Dana Ortiz"},
			},
		},
		{
			name: "title that ends the attribution's sentence",
			why:  "the podcast's name is not a second piece of the quotation",
			text: "“Keeping calm, that’s my job,” Morrow said on the podcast “Notes From Riyadh.”",
			want: []found{{Direct, []string{"“Keeping calm, that’s my job,”"}, "said on the podcast", "Morrow"}},
		},
		{
			name: "show title after a possessive",
			why:  "a title-case name after a possessive, or a title after a word for a work, is no speech",
			text: "Hale spoke on NTV’s “Evening Desk.” He praised Morrow’s “fine” speeches. Lavrov said so in his book “The Long Table.”",
			want: []found{{Mixed, []string{"Morrow’s “fine” speeches"}, "praised", "He"}},
		},
		{
			name: "show title inside the cue's channel",
			why:  "the title names where he spoke; the content starts after it",
			text: "Ortiz said on NTV’s “Evening Desk” that she would “look closely” at the toll plan.",
			want: []found{{Mixed, []string{"that she would “look closely” at the toll plan"}, "said on NTV’s “Evening Desk”", "Ortiz"}},
		},
		{
			name: "report in a relative clause",
			why:  "the adviser's suggestion is part of what the groups asked",
			text: "Farm groups are asking Ortiz to disown a former adviser who suggested that the port should “ration” grain.",
			want: []found{{Mixed, []string{"Ortiz to disown a former adviser who suggested that the port should “ration” grain"}, "asking", "Farm groups"}},
		},
		{
			name: "went on after the quotation",
			why:  "went on and started report words only after a quotation that announces them",
			text: "“It is mostly noise,” he went on. “You met the envoy in March,” Morrow started. “Will you meet again?” Morrow pressed.",
			want: []found{
				{Direct, []string{"“It is mostly noise,”"}, "went on", "he"},
				{Direct, []string{"“You met the envoy in March,”"}, "started", "Morrow"},
				{Direct, []string{"“Will you meet again?”"}, "pressed", "Morrow"},
			},
		},
		{
			name: "title and title",
			why:  "a word for a speaker and a capitalised title are one mention",
			text: "“The tariffs will hurt our farmers,” the Oregon mayor and Republican House hopeful said in a statement.",
			want: []found{{Direct, []string{"“The tariffs will hurt our farmers,”"}, "said in a statement", "the Oregon mayor and Republican House hopeful"}},
		},
		{
			name: "bare verb after an aside",
			why:  "the plural subject stands before the aside between commas",
			text: "Port officials, however, say it would let the agency serve as a “referee.”",
			want: []found{{Mixed, []string{"it would let the agency serve as a “referee.”"}, "say", "Port officials"}},
		},
		{
			name: "sentence goes on after the attribution",
			why:  "the unquoted words after “he said,” finish the sentence the quotation began",
			text: "“It's our hard luck,” he said, that both envoys had stayed at the same hotel. “It's sad,” she said, as the crowd left.",
			want: []found{
				{Mixed, []string{"“It's our hard luck,”", "that both envoys had stayed at the same hotel"}, "said", "he"},
				{Direct, []string{"“It's sad,”"}, "said", "she"},
			},
		},
		{
			name: "interrupted quotation whose sentence turns",
			why:  "the second piece follows “he said,” though the sentence goes on to other words",
			text: "He railed against the ban - “I love tea,” he said, “I can never drink it now” - and vowed to act.",
			want: []found{{Direct, []string{"“I love tea,”", "“I can never drink it now”"}, "said", "he"}},
		},
		{
			name: "continuation of a mixed quote",
			why:  "a quote paragraph after a mixed quote whose attribution follows it goes on with it",
			text: "Riyadh needs envoys “who stay patient,” Rubio said.\n\n“And that’s why quiet talks matter.”",
			want: []found{{Mixed, []string{"Riyadh needs envoys “who stay patient,”", "“And that’s why quiet talks matter.”"}, "said", "Rubio"}},
		},
		{
			name: "introductory phrase before a quotation",
			why:  "“As for ...,” and a participle phrase set the scene; they are not what was said",
			text: "As for his threats, “I mostly ignore them,” she said. Leaving the talks, the minister “looked tired,” Mr. Hale said.",
			want: []found{
				{Direct, []string{"“I mostly ignore them,”"}, "said", "she"},
				{Mixed, []string{"the minister “looked tired,”"}, "said", "Mr. Hale"},
			},
		},
		{
			name: "watch in an organisation's name",
			why:  "Watch opens imperatives (Watch: ...) but ends names such as Harbor Watch",
			text: "“It lists his home phone,” Harbor Watch added.",
			want: []found{{Direct, []string{"“It lists his home phone,”"}, "added", "Harbor Watch"}},
		},
		{
			name: "what someone called",
			why:  "the naming clause is a quote of its own: what stands for the thing named",
			text: "It was under what Mr. Hale calls the “old harbor” model.",
			want: []found{{Mixed, []string{"what", "the “old harbor” model"}, "calls", "Mr. Hale"}},
		},
		{
			name: "what someone called, right before the quotation",
			text: "Riyadh sought the summit to shed what Morrow called “an image deficit.”",
			want: []found{{Mixed, []string{"what", "“an image deficit.”"}, "called", "Morrow"}},
		},
		{
			name: "show is no cue before a quotation",
			why:  "a show or a poll shows things, not words, unless a that-clause follows",
			text: "He was showing off the “Peace Through Talks” cap his aides had handed him.",
		},
		{
			name: "verb that reports words only in a clause",
			why:  "accepted and responded take things as objects; wrote takes a clause",
			text: "He accepted “about $40,000” from two shipping lines. Hale wrote they might have held “private notes.”",
			want: []found{{Mixed, []string{"they might have held “private notes.”"}, "wrote", "Hale"}},
		},
		{
			name: "dateline before the subject",
			why:  "WASHINGTON — names where the story was filed, not who spoke",
			text: "WASHINGTON — The envoy knew about his record and thought the attack was a “mark of respect.”\n\nPORTSMOUTH, N.H. ― The governor knew the plan and thought it was “a mistake.”",
			want: []found{
				{Mixed, []string{"the attack was a “mark of respect.”"}, "thought", "The envoy"},
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
			text: "“We had the upper hand,” said Tom Hale, a former aide. “This was a case of Witkoff” and his team “moving quietly.”",
			want: []found{{Mixed, []string{"“We had the upper hand,”", "“This was a case of Witkoff” and his team “moving quietly.”"}, "said", "Tom Hale, a former aide"}},
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
			text: "Critics, many of them farmers, argue that Ortiz is a “paper mayor.”",
			want: []found{{Mixed, []string{"that Ortiz is a “paper mayor.”"}, "argue", "Critics, many of them farmers"}},
		},
		{
			name: "and said after a clause set off by a dash",
			why:  "the sentence opens with a phrase; the coordinated cue's subject opens the clause after the dash",
			text: "For that she drew his anger - he called her “soft” and said she had “no backing” in Oregon.",
			want: []found{
				{Mixed, []string{"her “soft”"}, "called", "he"},
				{Mixed, []string{"she had “no backing” in Oregon"}, "said", "he"},
			},
		},
		{
			name: "verb in -ed after a name",
			why:  "defended is the subject's verb, not a modifier of what follows it",
			text: "Morrow defended the toll plan, calling it a “plain necessity” for the port.",
			want: []found{{Mixed, []string{"it a “plain necessity” for the port"}, "calling", "Morrow"}},
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
			text: "“My task is to tell them: ‘She’s on our side,’” Mr. Hale said of Ms. Ortiz.",
			want: []found{{Direct, []string{"“My task is to tell them: ‘She’s on our side,’”"}, "said", "Mr. Hale"}},
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
			text: "Because of how the envoys drew up the agenda, explained Ushakov, “it is hard to see the talks failing.”",
			want: []found{{Mixed, []string{"Because of how the envoys drew up the agenda", "“it is hard to see the talks failing.”"}, "explained", "Ushakov"}},
		},
		{
			name: "time phrase before the subject",
			why:  "A month later names when, not who: the subject follows its comma",
			text: "A month later, he toured the port and explained why “the dockers” would “back” him.",
			want: []found{{Mixed, []string{"why “the dockers” would “back” him"}, "explained", "he"}},
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
			text: "Stated Morrow:\n\n“I think the risks are far too great.”",
			want: []found{{Direct, []string{"“I think the risks are far too great.”"}, "Stated", "Morrow"}},
		},
		{
			name: "statement named before a colon",
			why:  "no reporting verb: the clause names the statement and its subject issued it",
			text: "Lavrov issued a statement: “We will not retreat.” When the talks ended, the Kremlin released a brief statement:\n\n“The talks were useful.”",
			want: []found{
				{Direct, []string{"“We will not retreat.”"}, "issued a statement:", "Lavrov"},
				{Direct, []string{"“The talks were useful.”"}, "released a brief statement:", "the Kremlin"},
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
			text: "Rubio says Europeans are “right to be wary,” but also eager for a deal. Lavrov described the meeting as a “useful exchange,” but declined to promise more.",
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
			name: "gerund and adverb after a preposition that opens its report",
			text: "The mayor rallied the crowd by warning gravely that the city was “running out of time” for repairs.",
			want: []found{{Mixed, []string{"that the city was “running out of time” for repairs"}, "warning gravely", "The mayor"}},
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
			why:  "on her email account is a place in the reported words; in a Facebook post late Tuesday is where they were said",
			text: "Ortiz said she “never sent the draft plans” on her work email account. Lee called the vote “a sham” in a Facebook post late Tuesday.",
			want: []found{
				{Mixed, []string{"she “never sent the draft plans” on her work email account"}, "said", "Ortiz"},
				{Mixed, []string{"the vote “a sham”"}, "called", "Lee"},
			},
		},
		{
			name: "adverb between a trailing source and its cue",
			text: "“We live on borrowed time,” my father often said.",
			want: []found{{Direct, []string{"“We live on borrowed time,”"}, "said", "my father"}},
		},
		{
			name: "report of its own after a quotation that ends its sentence",
			why:  "He said, again, that ... reports its own words; the quotation before it goes on with the one before",
			text: "“Our farms are being squeezed by the new tariffs,” Mr. Rubio said. “That is my main worry.” He said, again, that he would fly back to Riyadh.",
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
			text: "During her time on the council, Ms. Ortiz said, most residents had grown to fear “that the dam would fail.”",
			want: []found{{Mixed, []string{"most residents had grown to fear “that the dam would fail.”"}, "said", "Ms. Ortiz"}},
		},
		{
			name: "attribution repeated after a quotation with a cue before it",
			why:  "she said, after a quotation a cue before it attributes, attributes the quotation that opens the next sentence",
			text: "Hale scolded him: “The whole port is against you,” she said. “I can’t see why.”",
			want: []found{
				{Direct, []string{"“The whole port is against you,”"}, "scolded", "Hale"},
				{Direct, []string{"“I can’t see why.”"}, "said", "she"},
			},
		},
		{
			name: "title after a work and a comma",
			why:  "in her memoir, “Hard Harbors.”: a title-case name after a word for a work is its title, not words said",
			text: "She wrote about it in her memoir, “Hard Harbors.” Morrow said of the episode, “I don’t like it.”",
			want: []found{{Direct, []string{"“I don’t like it.”"}, "said", "Morrow"}},
		},
		{
			name: "when after a quotation right after its cue",
			why:  "on Friday afternoon, as he promised ...: the clause goes on with the writer's words, not the speaker's",
			text: "Morrow tweeted “Thank you Oregon” on Friday afternoon.",
			want: []found{{Direct, []string{"“Thank you Oregon”"}, "tweeted", "Morrow"}},
		},
		{
			name: "whom a question was asked, right before it",
			text: "Hale asked the Tulsa crowd “If he can’t keep his word, why should we keep ours?”",
			want: []found{{Direct, []string{"“If he can’t keep his word, why should we keep ours?”"}, "asked the Tulsa crowd", "Hale"}},
		},
		{
			name: "bare say after a plural head and an aside",
			why:  "Supporters of the pact say: the head before of is plural; however between commas is an aside",
			text: "Supporters of the pact, however, say it would leave the envoys in place as a “buffer.”",
			want: []found{{Mixed, []string{"it would leave the envoys in place as a “buffer.”"}, "say", "Supporters of the pact"}},
		},
		{
			name: "second verb of a subordinate clause shares the first one's source",
			why:  "and called for ...: the subject of called speaks again; the subordinate clause ends at its comma",
			text: "Though he called the delay “absurd” and called for fees to be “handed back” to shippers, Morrow kept his remarks short.",
			want: []found{
				{Mixed, []string{"the delay “absurd”"}, "called", "he"},
				{Mixed, []string{"fees to be “handed back” to shippers"}, "called for", "he"},
			},
		},
		{
			name: "a ruling as a source",
			why:  "ruling after a determiner is a noun, not a form of rule",
			text: "“The port cannot escape the fine,” said the ruling.",
			want: []found{{Direct, []string{"“The port cannot escape the fine,”"}, "said", "the ruling"}},
		},
		{
			name: "subject after a full date",
			why:  "On March 4, 2019, ...: the year after the day is part of the introductory phrase",
			text: "On March 4, 2019, Ortiz made the following comment:\n\n“For dock workers the jobless rate is 21 percent.”",
			want: []found{{Direct, []string{"“For dock workers the jobless rate is 21 percent.”"}, "made the following comment:", "Ortiz"}},
		},
		{
			name: "a date in digits inside a source",
			text: "“They are 100 percent mistaken,” said 3/14 survivor Dana Hale.",
			want: []found{{Direct, []string{"“They are 100 percent mistaken,”"}, "said", "3/14 survivor Dana Hale"}},
		},
		{
			name: "the cue's object before a quoted sentence",
			why:  "added the words, “…”: an object with an article is part of what was said; a time (a week earlier) is not",
			text: "She added the words, “Grain first.” He also stated a week earlier, “We will walk away.”",
			want: []found{
				{Mixed, []string{"the words, “Grain first.”"}, "added", "She"},
				{Direct, []string{"“We will walk away.”"}, "stated", "He"},
			},
		},
		{
			name: "title-case name after about or on",
			why:  "talking about “Drift: …”, a project on “Voices of the Gulf”: titles, not words said",
			text: "Hale recalled Mr. Morrow talking about “Drift: How Ports Lose Their Ships,” a book. Ortiz agreed to an interview for the project on “Voices of the Gulf.”",
		},
		{
			name: "nickname inside a name",
			why:  "a capitalized word in marks between a first and a last name is no quotation",
			text: "Hale's cousin, Teresa “Tess” Morrow, shouted to the crowd. “The whole port is watching.”",
			want: []found{{Direct, []string{"“The whole port is watching.”"}, "shouted to the crowd", "Hale's cousin, Teresa “Tess” Morrow"}},
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
			text: "Hale drew fire with her remark that “the table has no room” for latecomers. Critics mocked Rubio’s claim that Lavrov was “useful.”",
			want: []found{
				{Mixed, []string{"that “the table has no room” for latecomers"}, "remark", "her"},
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
			text: "“We see small ports losing their trade,” the letter reads. A reader would now ask: “What?”",
			want: []found{
				{Direct, []string{"“We see small ports losing their trade,”"}, "reads", "the letter"},
				{Direct, []string{"“What?”"}, "ask", "A reader"},
			},
		},
		{
			name: "quotation paragraph signed in the next",
			text: "“Big shippers pay no port fees.”\n\n- Ortiz.\n\nThis is a complex issue.",
			want: []found{{Direct, []string{"“Big shippers pay no port fees.”"}, "-", "Ortiz"}},
		},
		{
			name: "cue fronted before its speaker",
			text: "Said Martha Greaves, who went to school with Ortiz, “We all knew she would lead.”",
			want: []found{{Direct, []string{"“We all knew she would lead.”"}, "Said", "Martha Greaves"}},
		},
		{
			name: "went on and a bare cue after only",
			text: "She went on: “It is like a leaking house.” A spokesman for Hale could only quip: “The whole week was booked.” “If they meant it,” Morrow fumed.",
			want: []found{
				{Direct, []string{"“It is like a leaking house.”"}, "went on", "She"},
				{Direct, []string{"“The whole week was booked.”"}, "quip", "A spokesman for Hale"},
				{Direct, []string{"“If they meant it,”"}, "fumed", "Morrow"},
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
			name: "condition before a parenthetical attribution",
			why:  "a condition set before the attribution is part of what was said, even when a new sentence of the quotation follows",
			text: "If the dam breaks, Ortiz said, “We lose the whole valley.”",
			want: []found{{Mixed, []string{"If the dam breaks", "“We lose the whole valley.”"}, "said", "Ortiz"}},
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
			text: "Morrow ended his speech, saying “Never again.”",
			want: []found{{Direct, []string{"“Never again.”"}, "saying", "Morrow"}},
		},
		{
			name: "place or institution as a source",
			why:  "a county or a city speaks through its officials, alone or after for",
			text: "“We lost,” a spokesman for the county said. “We will appeal,” the city said.",
			want: []found{
				{Direct, []string{"“We lost,”"}, "said", "a spokesman for the county"},
				{Direct, []string{"“We will appeal,”"}, "said", "the city"},
			},
		},
		{
			name: "verb after a name ends the subject",
			why:  "rails and backs are verbs in -s like the says coordinated with them, not part of the mention",
			text: "Ortiz often rails against the rules and says “they are a trap.” The Hale campaign backs the rules and says “they work.” The mayor rails against the plan and says “it makes no sense.”",
			want: []found{
				{Direct, []string{"“they are a trap.”"}, "says", "Ortiz"},
				{Direct, []string{"“they work.”"}, "says", "The Hale campaign"},
				{Direct, []string{"“it makes no sense.”"}, "says", "The mayor"},
			},
		},
		{
			name: "written source with a place after it",
			why:  "the sign and the message head their mentions; the barn and the website only say where they stand",
			text: "“Keep out,” a sign on the barn read. A message on the website reads: “We are closed.”",
			want: []found{
				{Direct, []string{"“Keep out,”"}, "read", "a sign on the barn"},
				{Direct, []string{"“We are closed.”"}, "reads", "A message on the website"},
			},
		},
		{
			name: "plural speakers with a place after them",
			why:  "officials and a source (close) head the mention; outside joins a sign to where it stands",
			text: "“We lost,” officials in the county said. A sign outside the courthouse read “Justice for all.” “We will appeal,” a source close to the county said.",
			want: []found{
				{Direct, []string{"“We lost,”"}, "said", "officials in the county"},
				{Direct, []string{"“Justice for all.”"}, "read", "A sign outside the courthouse"},
				{Direct, []string{"“We will appeal,”"}, "said", "a source close to the county"},
			},
		},
		{
			name: "told a named addressee then a clause",
			why:  "an article after the addressee's name starts the reported clause",
			text: "Ortiz told host Dana Diaz a county loss is “not an option.”",
			want: []found{{Mixed, []string{"a county loss is “not an option.”"}, "told host Dana Diaz", "Ortiz"}},
		},
		{
			name: "a thing promises to",
			why:  "after a singular noun and before to and a verb, promises is the verb, not the plural noun of the campaign promises to voters",
			text: "The plan promises to “restore order.” The new county budget vows to “end the delays.”",
			want: []found{
				{Mixed, []string{"to “restore order.”"}, "promises", "The plan"},
				{Mixed, []string{"to “end the delays.”"}, "vows", "The new county budget"},
			},
		},
		{
			name: "garbled name",
			why:  "a name whose é was read as Latin-1 is still one mention",
			text: "“We will win,” JosÃ© OrtÃ\u00adz said.",
			want: []found{{Direct, []string{"“We will win,”"}, "said", "JosÃ© OrtÃ\u00adz"}},
		},
		{
			name: "show title with a capital stop",
			why:  "This between two capitalised words is part of a show's name, not a new sentence's subject",
			text: "“We lost,” the host of Morning This Week said.",
			want: []found{{Direct, []string{"“We lost,”"}, "said", "the host of Morning This Week"}},
		},
		{
			name: "title in an apposition before the cue",
			why:  "the comma inside the title's marks closes the apposition",
			text: "“We lost,” Dana Diaz, host of “Morning Desk,” said.",
			want: []found{{Direct, []string{"“We lost,”"}, "said", "Dana Diaz, host of “Morning Desk,”"}},
		},
		{
			name: "dollar amount in a mention",
			why:  "a sum in digits names a campaign as a word does",
			text: "“A raise is fair,” said the Fight for $15 campaign. The $15 wage campaign said “it is overdue.”",
			want: []found{
				{Direct, []string{"“A raise is fair,”"}, "said", "the Fight for $15 campaign"},
				{Direct, []string{"“it is overdue.”"}, "said", "The $15 wage campaign"},
			},
		},
		{
			name: "reporting verb as a noun modifier",
			why:  "between an article and a noun, state is a noun that modifies it, not a verb",
			text: "“We lost,” a spokeswoman for the state health department said.",
			want: []found{{Direct, []string{"“We lost,”"}, "said", "a spokeswoman for the state health department"}},
		},
		{
			name: "a field after of and a general",
			why:  "the board of education is a board; an attorney general speaks",
			text: "“We lost,” the board of education said. “We will appeal,” the state’s attorney general said.",
			want: []found{
				{Direct, []string{"“We lost,”"}, "said", "the board of education"},
				{Direct, []string{"“We will appeal,”"}, "said", "the state’s attorney general"},
			},
		},
		{
			name: "took to Twitter to call",
			why:  "the infinitive after a channel tells what the subject went there for",
			text: "Hale took to Twitter to call the ruling “a disgrace.”",
			want: []found{{Mixed, []string{"the ruling “a disgrace.”"}, "call", "Hale"}},
		},
		{
			name: "channel ending in a gerund noun",
			why:  "filing is a noun after court even though file is no reporting verb",
			text: "“We lost,” the county said Tuesday in a court filing.",
			want: []found{{Direct, []string{"“We lost,”"}, "said Tuesday in a court filing", "the county"}},
		},
		{
			name: "speaker described by an -ing phrase",
			why:  "representing the city describes the lawyer, who speaks",
			text: "“We lost,” a lawyer representing the city said.",
			want: []found{{Direct, []string{"“We lost,”"}, "said", "a lawyer representing the city"}},
		},
		{
			name: "show title before its host",
			why:  "a title-case quotation before host and a name is the show's title, part of the addressee",
			text: "Ortiz told “Morning This Week” host Dana Diaz that the loss is “not final.” Hale told “Morning Desk” host Ann Ray the vote is “a relief.”",
			want: []found{
				{Mixed, []string{"that the loss is “not final.”"}, "told “Morning This Week” host Dana Diaz", "Ortiz"},
				{Mixed, []string{"the vote is “a relief.”"}, "told “Morning Desk” host Ann Ray", "Hale"},
			},
		},
		{
			name: "a verb-noun heads a place",
			why:  "tweet is a verb too, but before from and a place it heads the mention",
			text: "A tweet from the county’s account read: “Offices are closed.”",
			want: []found{{Direct, []string{"“Offices are closed.”"}, "read", "A tweet from the county’s account"}},
		},
		{
			name: "attribution opening with a show title",
			why:  "the title before host belongs to the mention that follows the quotation",
			text: "“We lost,” “Morning Desk” host Dana Diaz said.",
			want: []found{{Direct, []string{"“We lost,”"}, "said", "“Morning Desk” host Dana Diaz"}},
		},
		{
			name: "verb after a name before a gerund cue",
			why:  "rails has its own complement, so it is the verb of the clause whose subject the gerund takes",
			text: "Ortiz rails against the rules, saying they are “a trap.”",
			want: []found{{Mixed, []string{"they are “a trap.”"}, "saying", "Ortiz"}},
		},
		{
			name: "show title opening with This after an inverted cue",
			why:  "a capital This after said opens a name, not a time phrase or a pronoun",
			text: "“We lost,” said This Week host Ann Ray.",
			want: []found{{Direct, []string{"“We lost,”"}, "said", "This Week host Ann Ray"}},
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
			text: "“The dam is old,” Ortiz said at a rally in Albany, N.Y. “We will fix it.”",
			want: []found{{Direct, []string{"“The dam is old,”", "“We will fix it.”"}, "said at a rally in Albany", "Ortiz"}},
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
			text: "Dana Ortiz, the county engineer, said in a statement. “Our dam will hold.”",
			want: []found{{Direct, []string{"“Our dam will hold.”"}, "said in a statement", "Dana Ortiz, the county engineer"}},
		},
		{
			name: "object of an urging verb is reported",
			why:  "whom the speaker urges to do what is what was said",
			text: "Ortiz urged farmers to “stay off the levee” until Friday.",
			want: []found{{Mixed, []string{"farmers to “stay off the levee” until Friday"}, "urged", "Ortiz"}},
		},
		{
			name: "setting between the cue and that",
			why:  "when and where the words were said, before the that of the reported clause, are the writer's",
			text: "Ortiz argued for the third week running that the levee was “never safe” for the town.",
			want: []found{{Mixed, []string{"that the levee was “never safe” for the town"}, "argued", "Ortiz"}},
		},
		{
			name: "relative that after the cue's object",
			why:  "a that with a verb after it opens a relative clause, not the reported clause",
			text: "Ortiz argued for the plan that saves the “old farms.”",
			want: []found{{Mixed, []string{"for the plan that saves the “old farms.”"}, "argued", "Ortiz"}},
		},
		{
			name: "setting between the cue and an infinitive",
			text: "Ortiz promised Sunday at a rally in Tempe to end the “reckless spending” in Albany.",
			want: []found{{Mixed, []string{"to end the “reckless spending” in Albany"}, "promised", "Ortiz"}},
		},
		{
			name: "quantity before the mention of an inner report",
			why:  "in said a lot of farmers believe ..., the farmers' belief is part of what Ortiz said",
			text: "Ortiz said a lot of farmers believe the levee is “never safe” for the town.",
			want: []found{{Mixed, []string{"a lot of farmers believe the levee is “never safe” for the town"}, "said", "Ortiz"}},
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
			text: "Ortiz said the meeting was “quite useful” he claimed the envoys had never met.",
			want: []found{{Mixed, []string{"the meeting was “quite useful”"}, "said", "Ortiz"}},
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
			text: "Rich Ortiz, a farmer who led much of the flood relief work of 2008 and who now runs the aid program for the whole of the valley and its towns, said the dam was “never safe.”",
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
			name: "describing verb in a relative clause",
			why:  "described as names the thing as called does",
			text: "The mayor praised the marchers, whom he described as “peaceful,” for their calm.",
			want: []found{{Mixed, []string{"whom", "as “peaceful,”"}, "described", "he"}},
		},
		{
			name: "dubbed after a pronoun is a speaker's verb",
			why:  "dubbed before a quotation marks a title, unless a pronoun subject says it",
			text: "He took a jab at Ortiz, who he dubbed “the toll queen.”",
			want: []found{{Mixed, []string{"who", "“the toll queen.”"}, "dubbed", "he"}},
		},
		{
			name: "question in an opening asked clause",
			why:  "the clause says what was asked and names no asker",
			text: "Asked whether the envoy “can be trusted with the file,” most voters said no. When asked to confirm his role in the “secret” plan, a second official did so.",
			want: []found{
				{Mixed, []string{"whether the envoy “can be trusted with the file,”"}, "Asked", ""},
				{Mixed, []string{"to confirm his role in the “secret” plan"}, "asked", ""},
			},
		},
		{
			name: "quotation after a mention that ends in an abbreviation",
			why:  "the dot of R-S.C. ends the sentence, so the next quotation goes on with the same speaker",
			text: `"We will not back down," said Sen. Tom Lee, R-S.C. "I see that. Still, he is wrong."`,
			want: []found{{Direct, []string{`"We will not back down,"`, `"I see that. Still, he is wrong."`}, "said", "Sen. Tom Lee, R-S.C."}},
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
			text: "The deal drew anger from members (“Give me my fees back,” wrote Ed Ross, a welder in Ohio) and from some locals.",
			want: []found{{Direct, []string{"“Give me my fees back,”"}, "wrote", "Ed Ross, a welder in Ohio"}},
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
			text: "Ortiz has been steadily hammering the mayor as a “reckless builder” all week.",
			want: []found{{Mixed, []string{"the mayor as a “reckless builder” all week"}, "has been steadily hammering", "Ortiz"}},
		},
		{
			name: "verb outside the lexicon before a quoted clause",
			why:  "four words or more, not a name, after a person's verb and its object read as words said",
			text: "She wants the envoys “above all else to concede that the blockade is real.” Those grants are available to “every other family that has filed its papers on time.” Ortiz ended the letter with “Nemo Me Impune Lacessit.”",
			want: []found{{Mixed, []string{"the envoys “above all else to concede that the blockade is real.”"}, "wants", "She"}},
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
			name: "participle aside before the cue",
			why:  "filed in federal court says where the documents are, as an aside in a prepositional phrase does",
			text: "Those documents, filed in federal court, show that the county knew about the leak.",
			want: []found{{Indirect, []string{"that the county knew about the leak"}, "show", "Those documents"}},
		},
		{
			name: "demonstrative opens a mention",
			why:  "a capital That before a noun is a determiner, and a prepositional aside may stand before the verb",
			text: "That letter, on county letterhead, demanded that the board resign.",
			want: []found{{Indirect, []string{"that the board resign"}, "demanded", "That letter"}},
		},
		{
			name: "continuation past reported speech",
			why:  "the gerund's report does not interrupt the quoted voice the next paragraph goes on with",
			text: "“Small ports will disappear,” Hale said, referring to the shrinking fishing fleet.\n\n“So I expect some anger.”",
			want: []found{
				{Direct, []string{"“Small ports will disappear,”", "“So I expect some anger.”"}, "said", "Hale"},
				{Indirect, []string{"the shrinking fishing fleet"}, "referring to", "Hale"},
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
			text: "Waltz said that skeptics had long expected a pullout.\n\n“That’s because the Gulf still matters more than any other place.”\n\nOrtiz said she would weigh a new toll.\n\n\"Big shippers pay no port fees.\"\n\n- Ortiz",
			want: []found{
				{Mixed, []string{"that skeptics had long expected a pullout", "“That’s because the Gulf still matters more than any other place.”"}, "said", "Waltz"},
				{Indirect, []string{"she would weigh a new toll"}, "said", "Ortiz"},
				{Direct, []string{"\"Big shippers pay no port fees.\""}, "-", "Ortiz"},
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
			text: "According to the report, the fans wore scarves that read “Back the Envoy.”",
			want: []found{{Mixed, []string{"the fans wore scarves that read “Back the Envoy.”"}, "According to", "the report"}},
		},
		{
			name: "a title is no quotation",
			why:  "words in marks after a naming word are a title, not what was said",
			text: "According to the report, the agency helped publish a book titled “Who’s Who in the Secret Police.”",
			want: []found{{Indirect, []string{"the agency helped publish a book titled “Who’s Who in the Secret Police.”"}, "According to", "the report"}},
		},
	}
	checkLayouts(t, New(Options{Indirect: true}), tests)
}
