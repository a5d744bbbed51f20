package quote

import (
	"os"
	"strings"
	"testing"
)

// TestReferenceArticle checks that reported speech finds every attribution
// the reference article holds, with its cue and its complete source.
func TestReferenceArticle(t *testing.T) {
	src, err := os.ReadFile("../testdata/riyadh-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	got := texts(text, New(Options{Indirect: true}).Extract(text))
	tests := []struct {
		name    string
		content string // a prefix of the content
		cue     string
		source  string
		kind    Kind
	}{
		{"said, then adding", "the talks were just the start of dialogue", "said", "US Secretary of State Marco Rubio", Indirect},
		{"adding that, same source", "that Russia and the US agreed", "adding", "US Secretary of State Marco Rubio", Indirect},
		{"stressed", "the talks marked the beginning of a conversation", "stressed", "He", Indirect},
		{"echoed: the object is the content", "Rubio’s remarks", "echoed", "Lavrov", Indirect},
		{"told reporters that", "that “the conversation was very useful”", "told reporters", "Lavrov", Mixed},
		{"Zelensky", "his country would not accept any outcome", "said", "Ukrainian President Volodymyr Zelensky", Indirect},
		{"told Russian television", "that a meeting was “unlikely”", "told Russian television", "Ushakov", Mixed},
		{"while Waltz said", "he thought it could be arranged in the coming weeks", "said", "Waltz", Indirect},
		{"two sources", "no date has been set yet for that summit", "said", "Ushakov and Waltz", Indirect},
		{"Witkoff", "the meeting was “positive, upbeat, constructive.", "said", "Witkoff", Mixed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range got {
				if len(f.Content) > 0 && strings.HasPrefix(f.Content[0], tt.content) {
					if f.Cue != tt.cue || f.Source != tt.source || f.Kind != tt.kind {
						t.Errorf("found %v %q cue %q source %q; want %v cue %q source %q", f.Kind, f.Content, f.Cue, f.Source, tt.kind, tt.cue, tt.source)
					}
					return
				}
			}
			t.Errorf("no attribution whose content starts %q", tt.content)
		})
	}
	for _, f := range got {
		for _, c := range f.Content {
			for _, none := range []string{"His comments were further evidence", "cookie", "Cookie"} {
				if strings.Contains(c, none) {
					t.Errorf("content %q comes from a sentence with no attribution", c)
				}
			}
		}
	}
}

func TestReportedSpeech(t *testing.T) {
	tests := []layoutCase{
		{
			name: "source cue that",
			text: "Lavrov said that the talks were useful.",
			want: []found{{Indirect, []string{"that the talks were useful"}, "said", "Lavrov"}},
		},
		{
			name: "content comma source cue",
			text: "The talks were useful, Lavrov said.",
			want: []found{{Indirect, []string{"The talks were useful"}, "said", "Lavrov"}},
		},
		{
			name: "content comma cue source",
			text: "The talks were useful, said Sergei Lavrov, Russia’s foreign minister.",
			want: []found{{Indirect, []string{"The talks were useful"}, "said", "Sergei Lavrov, Russia’s foreign minister"}},
		},
		{
			name: "according to first",
			text: "According to a fresh survey by the Riyadh Institute of Public Affairs, most voters want change.",
			want: []found{{Indirect, []string{"most voters want change"}, "According to", "a fresh survey by the Riyadh Institute of Public Affairs"}},
		},
		{
			name: "according to last",
			text: "Most voters want change, according to the poll.",
			want: []found{{Indirect, []string{"Most voters want change"}, "according to", "the poll"}},
		},
		{
			name: "in a statement",
			text: "The Kremlin said in a statement that Ushakov was pleased.",
			want: []found{{Indirect, []string{"that Ushakov was pleased"}, "said in a statement", "The Kremlin"}},
		},
		{
			name: "a year after the cue",
			text: "Park said in 2008 that support was strong.",
			want: []found{{Indirect, []string{"that support was strong"}, "said in 2008", "Park"}},
		},
		{
			name: "wrote on Twitter",
			text: "Ortiz wrote on Twitter that she would win.",
			want: []found{{Indirect, []string{"that she would win"}, "wrote on Twitter", "Ortiz"}},
		},
		{
			name: "apposition",
			text: "Sergei Lavrov, Moscow’s top diplomat, said the talks were useful.",
			want: []found{{Indirect, []string{"the talks were useful"}, "said", "Sergei Lavrov, Moscow’s top diplomat"}},
		},
		{
			name: "apposition, then a clause after the cue",
			why:  "a phrase after the cue with a verb of its own is what was said, not an inverted speaker",
			text: "Marta Ruiz, a Democrat, said the city deserved better.",
			want: []found{{Indirect, []string{"the city deserved better"}, "said", "Marta Ruiz, a Democrat"}},
		},
		{
			name: "lone dash before a clause",
			text: "Ortiz said the plan would pass - but the votes are not there yet.",
			want: []found{{Indirect, []string{"the plan would pass"}, "said", "Ortiz"}},
		},
		{
			name: "dash pair inside the words",
			text: "Ortiz said the plan - a modest one - would pass.",
			want: []found{{Indirect, []string{"the plan - a modest one - would pass"}, "said", "Ortiz"}},
		},
		{
			name: "two-word aside after the speaker",
			why:  "the comma before the cue closes the aside; the name after the cue is the object, not an inverted speaker",
			text: "Mr. Ortiz, for example, endorsed Governor Lee.",
			want: []found{{Indirect, []string{"Governor Lee"}, "endorsed", "Mr. Ortiz"}},
		},
		{
			name: "adverbs long and since before the cue",
			text: "Rival parties have long criticized the plan. Several envoys have since denounced the remarks.",
			want: []found{
				{Indirect, []string{"the plan"}, "criticized", "Rival parties"},
				{Indirect, []string{"the remarks"}, "denounced", "Several envoys"},
			},
		},
		{
			name: "bare noun-verb after a plural noun",
			why:  "after a plural common noun a word such as vow or threaten is the verb, not a noun",
			text: "The strikers vow to stay out until spring.",
			want: []found{{Indirect, []string{"to stay out until spring"}, "vow", "The strikers"}},
		},
		{
			name: "others answer after and",
			text: "Some donors have said they will stay home and others have said they will give to the rival.",
			want: []found{
				{Indirect, []string{"they will stay home"}, "said", "Some donors"},
				{Indirect, []string{"they will give to the rival"}, "said", "others"},
			},
		},
		{
			name: "relative clause with a report of its own",
			text: "The mayor praised the new budget, which critics said was too small.",
			why:  "the outer report ends at the comma; the relative clause holds the critics' words",
			want: []found{
				{Indirect, []string{"the new budget"}, "praised", "The mayor"},
				{Indirect, []string{"which", "was too small"}, "said", "critics"},
			},
		},
		{
			name: "passive with an agent",
			why:  "the subject of the passive is what was said; the agent after by is its source",
			text: "The merger was first reported by the Daily Ledger.",
			want: []found{{Indirect, []string{"The merger"}, "reported", "the Daily Ledger"}},
		},
		{
			name: "passive in a relative clause",
			text: "The plan, which has been widely criticized by economists, passed.",
			want: []found{{Indirect, []string{"which"}, "criticized", "economists"}},
		},
		{
			name: "passive without an agent",
			text: "The price of the ranch was not disclosed.",
			want: []found{{Indirect, []string{"The price of the ranch"}, "disclosed", ""}},
		},
		{
			name: "reduced relative with an agent",
			text: "The mayor had signed the loan, a fact later confirmed by two auditors.",
			want: []found{{Indirect, []string{"a fact"}, "confirmed", "two auditors"}},
		},
		{
			name: "passive of a physical sense",
			text: "The suspect was shot by an officer.",
			want: nil,
		},
		{
			name: "manner adverb before that",
			text: "Lopez argued strongly that the court had erred.",
			want: []found{{Indirect, []string{"that the court had erred"}, "argued strongly", "Lopez"}},
		},
		{
			name: "bare cue after and",
			why:  "after and, a bare reporting verb with a that-clause shares the subject before it",
			text: "Some growers fear a bad harvest and warn that prices will rise.",
			want: []found{
				{Indirect, []string{"a bad harvest"}, "fear", "Some growers"},
				{Indirect, []string{"that prices will rise"}, "warn", "Some growers"},
			},
		},
		{
			name: "show title in the setting",
			text: "Mr. Ortiz said on WXYZ’s “Morning Forum” on Sunday that the vote was rigged.",
			want: []found{{Indirect, []string{"that the vote was rigged"}, "said on WXYZ’s “Morning Forum” on Sunday", "Mr. Ortiz"}},
		},
		{
			name: "organisation noun as trailing source",
			text: "The flight was delayed by fog, the airline said.",
			want: []found{{Indirect, []string{"The flight was delayed by fog"}, "said", "the airline"}},
		},
		{
			name: "source described from behind",
			text: "The talks had stalled, a person familiar with the matter said. The deal is off, people close to him said.",
			want: []found{
				{Indirect, []string{"The talks had stalled"}, "said", "a person familiar with the matter"},
				{Indirect, []string{"The deal is off"}, "said", "people close to him"},
			},
		},
		{
			name: "bare clause after a that-only cue",
			text: "A state audit found the program had lost $3 million. The board found the report useful.",
			want: []found{{Indirect, []string{"the program had lost $3 million"}, "found", "A state audit"}},
		},
		{
			name: "partitive source",
			text: "Most of them said they would vote again.",
			want: []found{{Indirect, []string{"they would vote again"}, "said", "Most of them"}},
		},
		{
			name: "infinitive of purpose",
			why:  "after a channel or a time, to + cue tells what the clause's subject did it for",
			text: "Ms. Ortiz went on Twitter on Friday to say she had never backed the plan.",
			want: []found{{Indirect, []string{"she had never backed the plan"}, "say", "Ms. Ortiz"}},
		},
		{
			name: "bare cue after a plural without s or an adverb of place",
			text: "Official data suggest that output peaked. Polls there show the mayor is trailing.",
			want: []found{
				{Indirect, []string{"that output peaked"}, "suggest", "Official data"},
				{Indirect, []string{"the mayor is trailing"}, "show", "Polls there"},
			},
		},
		{
			name: "gerund that opens the sentence",
			why:  "the words run to the comma before the main clause, whose subject speaks",
			text: "Noting that only two members had voted against it, Ortiz said the bill was safe.",
			want: []found{
				{Indirect, []string{"that only two members had voted against it"}, "Noting", "Ortiz"},
				{Indirect, []string{"the bill was safe"}, "said", "Ortiz"},
			},
		},
		{
			name: "but before a phrase goes on with the words",
			text: "Ortiz argued that the plan was not just a mistake, but a disaster.",
			want: []found{{Indirect, []string{"that the plan was not just a mistake, but a disaster"}, "argued", "Ortiz"}},
		},
		{
			name: "relative clause whose subject speaks",
			text: "Most backers said they would stay, unlike the donors, who said they would leave.",
			want: []found{
				{Indirect, []string{"they would stay, unlike the donors"}, "said", "Most backers"},
				{Indirect, []string{"they would leave"}, "said", "who"},
			},
		},
		{
			name: "headline with the writer's setting",
			text: "Mayor Ortiz Slams Council On Budget After Late Vote\n\nThe council met on Monday.",
			want: []found{{Indirect, []string{"Council On Budget"}, "Slams", "Mayor Ortiz"}},
		},
		{
			name: "headline cue with a topic preposition",
			text: "Governor Lopez Calls For Independent Inquiry\n\nThe council met on Monday.",
			want: []found{{Indirect, []string{"Independent Inquiry"}, "Calls For", "Governor Lopez"}},
		},
		{
			name: "and with a pronoun goes on with the words",
			why:  "and then a pronoun continues the reported clause unless a reporting verb follows the pronoun",
			text: "Ortiz said the ballots were late and she had to wait an hour. Lee said the vote was fair and he praised the clerks.",
			want: []found{
				{Indirect, []string{"the ballots were late and she had to wait an hour"}, "said", "Ortiz"},
				{Indirect, []string{"the vote was fair"}, "said", "Lee"},
				{Indirect, []string{"the clerks"}, "praised", "he"},
			},
		},
		{
			name: "that's according to",
			text: "Turnout fell by a third. That’s according to county records.",
			want: []found{{Indirect, []string{"That"}, "according to", "county records"}},
		},
		{
			name: "according to a source with a title in marks",
			text: "The plan would cost $2 billion, according to the “Fair Share” memo she released.",
			want: []found{{Indirect, []string{"The plan would cost $2 billion"}, "according to", "the “Fair Share” memo she released"}},
		},
		{
			name: "quoted as saying",
			text: "Lavrov was quoted as saying the talks were useful.",
			want: []found{{Indirect, []string{"the talks were useful"}, "quoted as saying", "Lavrov"}},
		},
		{
			name: "made clear",
			text: "Lavrov made clear that Russia would not retreat.",
			want: []found{{Indirect, []string{"that Russia would not retreat"}, "made clear", "Lavrov"}},
		},
		{
			name: "topic preposition",
			text: "Hale spoke passionately about the border.",
			want: []found{{Indirect, []string{"the border"}, "spoke passionately about", "Hale"}},
		},
		{
			name: "object of a directive",
			text: "Rubio urged Europeans to join the push for a lasting ceasefire.",
			want: []found{{Indirect, []string{"Europeans to join the push for a lasting ceasefire"}, "urged", "Rubio"}},
		},
		{
			name: "declined to",
			text: "A spokeswoman for Mr. Waltz declined to comment.",
			want: []found{{Indirect, []string{"to comment"}, "declined", "A spokeswoman for Mr. Waltz"}},
		},
		{
			name: "found: only through that",
			why:  "found it is a finding of a thing, not a report",
			text: "The guard found it right before the convoy left.",
		},
		{
			name: "not an adjunct",
			text: "Nadia said matter-of-factly as she left the room.",
		},
		{
			name: "asked whether",
			text: "Asked whether he was ever afraid, Hale said no.",
			want: []found{
				{Indirect, []string{"whether he was ever afraid"}, "Asked", ""},
				{Indirect, []string{"no"}, "said", "Hale"},
			},
		},
		{
			name: "headline",
			text: "Lavrov Says Riyadh Talks Will Ease Fears of Hunger and Cold.",
			want: []found{{Indirect, []string{"Riyadh Talks Will Ease Fears of Hunger and Cold"}, "Says", "Lavrov"}},
		},
		{
			name: "headline cue last",
			text: "Witkoff Kept Early Peace Map From Allies, Former State Department Aide Says.",
			want: []found{{Indirect, []string{"Witkoff Kept Early Peace Map From Allies"}, "Says", "Former State Department Aide"}},
		},
		{
			name: "noun-phrase object ends before an adjunct",
			text: "Hale attacked Morrow during late-night posts.",
			want: []found{{Indirect, []string{"Morrow"}, "attacked", "Hale"}},
		},
		{
			name: "final apposition to a name",
			why:  "the apposition describes the name; the speaker did not say it",
			text: "The mayor said she would not back Ms. Ortiz, the favorite of the unions.",
			want: []found{{Indirect, []string{"she would not back Ms. Ortiz"}, "said", "The mayor"}},
		},
		{
			name: "relative clause after a name",
			text: "The mayor said she would back Ms. Ortiz, who ran against her in 2019.",
			want: []found{{Indirect, []string{"she would back Ms. Ortiz"}, "said", "The mayor"}},
		},
		{
			name: "relative clause after the subject stays",
			text: "The mayor said Ortiz, who ran against her, would win.",
			want: []found{{Indirect, []string{"Ortiz, who ran against her, would win"}, "said", "The mayor"}},
		},
		{
			name: "a lone bar dash ends the report",
			text: "The senator noted that the bill had failed twice ― as it did in 2014.",
			want: []found{{Indirect, []string{"that the bill had failed twice"}, "noted", "The senator"}},
		},
		{
			name: "a pair of bar dashes stays",
			text: "The senator pledged to ban all imports ― nearly a trillion dollars ― from the region.",
			want: []found{{Indirect, []string{"to ban all imports ― nearly a trillion dollars ― from the region"}, "pledged", "The senator"}},
		},
		{
			name: "noun-phrase object ends before a channel",
			text: "The governor praised the new budget in a statement on Thursday.",
			want: []found{{Indirect, []string{"the new budget"}, "praised", "The governor"}},
		},
		{
			name: "noun-phrase object ends before a month",
			why:  "May is a month there, not a modal verb",
			text: "The mayor endorsed Ortiz in late May.",
			want: []found{{Indirect, []string{"Ortiz"}, "endorsed", "The mayor"}},
		},
		{
			name: "apposition with a verb stays",
			text: "The mayor said she would not back Ms. Ortiz, a candidate who is running again.",
			want: []found{{Indirect, []string{"she would not back Ms. Ortiz, a candidate who is running again"}, "said", "The mayor"}},
		},
		{
			name: "bare say after an apposition",
			text: "Ortiz, along with a colleague, say the guard pushed her aside.",
			want: []found{{Indirect, []string{"the guard pushed her aside"}, "say", "Ortiz, along with a colleague"}},
		},
		{
			name: "that-clause after a parenthetical subject",
			text: "Hale, for his part, has disputed that the visit changed his mind.",
			want: []found{{Indirect, []string{"that the visit changed his mind"}, "disputed", "Hale"}},
		},
		{
			name: "that after a plural noun is relative",
			text: "Strong showings in the states that vote next week matter.",
		},
		{
			name: "that-clause after an adjunct",
			text: "Morrow now says, however, that she is a firm backer of the plan.",
			want: []found{{Indirect, []string{"that she is a firm backer of the plan"}, "says", "Morrow"}},
		},
		{
			name: "that-clause after a setting",
			text: "The envoy said Tuesday during a stop in Jeddah, Saudi Arabia, that the plan is sound.",
			want: []found{{Indirect, []string{"that the plan is sound"}, "said Tuesday during a stop in Jeddah", "The envoy"}},
		},
		{
			name: "reported words open with a conditional",
			text: "Ortiz said if she were mayor, the fund would be doubled.",
			want: []found{{Indirect, []string{"if she were mayor, the fund would be doubled"}, "said", "Ortiz"}},
		},
		{
			name: "a long final apposition with a relative clause",
			text: "The mayor said she would repeal the parking rule, a measure which drew complaints from drivers across the city.",
			want: []found{{Indirect, []string{"she would repeal the parking rule"}, "said", "The mayor"}},
		},
		{
			name: "a comma and a past verb: the speaker's next act",
			text: "The senator praised the governor's plan, and ripped into her rivals on Monday. She said the bill passed the House, and was signed on Friday.",
			want: []found{
				{Indirect, []string{"the governor's plan"}, "praised", "The senator"},
				{Indirect, []string{"the bill passed the House, and was signed on Friday"}, "said", "She"},
			},
		},
		{
			name: "a comma and a past participle ending a list",
			text: "The governor said the deal would bring cheaper fuel, reopened ports, and repaved roads.",
			want: []found{{Indirect, []string{"the deal would bring cheaper fuel, reopened ports, and repaved roads"}, "said", "The governor"}},
		},
		{
			name: "while and a participle: the speaker's act meanwhile",
			text: "The governor said the budget would balance, while taking aim at the unions.",
			want: []found{{Indirect, []string{"the budget would balance"}, "said", "The governor"}},
		},
		{
			name: "a list goes on after the comma",
			text: "The mayor said she wanted lower fares, a new station and more buses.",
			want: []found{{Indirect, []string{"she wanted lower fares, a new station and more buses"}, "said", "The mayor"}},
		},
		{
			name: "a name, not a report",
			text: "The rumor was traced to a website called Morning Ledger Today.",
		},
		{
			name: "a name after a capitalised noun or after one and another",
			text: "The story was traced to a super PAC called Forward Now. The firm hired one group called Delta and another called Sigma.",
		},
		{
			name: "challenging a candidate in an election",
			text: "Ms. Ortiz, who is challenging Sen. Blake for his seat, spoke in Tucson.",
		},
		{
			name: "naming a thing at the head of a clause",
			text: "A firm called Meridian Holdings gave $8,000 to the campaign.",
		},
		{
			name: "an indefinite speaker who calls",
			text: "A spokesman called the plan a disaster.",
			want: []found{{Indirect, []string{"the plan a disaster"}, "called", "A spokesman"}},
		},
		{
			name: "calling a meeting convenes it",
			text: "France is calling an emergency meeting of the Security Council.",
		},
		{
			name: "on condition of anonymity",
			text: "The envoy spoke to Al Riyadh on the condition of anonymity.",
		},
		{
			name: "calling for a public inquiry",
			text: "Hale called for a public inquiry.",
			want: []found{{Indirect, []string{"a public inquiry"}, "called for", "Hale"}},
		},
		{
			name: "a gerund after a comma reports even with no source read",
			text: "And even Waltz tried to calm the room, noting that he would wait too.",
			want: []found{{Indirect, []string{"that he would wait too"}, "noting", ""}},
		},
		{
			name: "a state abbreviation after a hyphen ends no sentence",
			text: "The group endorsed Dan Hale (R-Wis.) and Ann Morrow (R-Ariz.) on Monday.",
			want: []found{{Indirect, []string{"Dan Hale (R-Wis.) and Ann Morrow (R-Ariz.) on Monday"}, "endorsed", "The group"}},
		},
		{
			name: "an aside right after that",
			text: "He said that, while the tax may lower premiums, workers would pay more.",
			want: []found{{Indirect, []string{"that, while the tax may lower premiums, workers would pay more"}, "said", "He"}},
		},
		{
			name: "two that-clauses are one report",
			text: "She said that the plan was sound, but that it would take years.",
			want: []found{{Indirect, []string{"that the plan was sound, but that it would take years"}, "said", "She"}},
		},
		{
			name: "a topic preposition right after the verb",
			text: "The governor pointed to the polls.",
			want: []found{{Indirect, []string{"the polls"}, "pointed to", "The governor"}},
		},
		{
			name: "unquoted words after a colon",
			text: "An aide asked: Did they discuss the maps?",
			want: []found{{Indirect, []string{"Did they discuss the maps"}, "asked", "An aide"}},
		},
		{
			name: "declined comment",
			text: "The spokeswoman declined comment on the filing.",
			want: []found{{Indirect, []string{"comment on the filing"}, "declined", "The spokeswoman"}},
		},
		{
			name: "a gerund after a preposition, inside its clause",
			text: "Mr. Rubio has won over allies by promising to lift sanctions on Russian grain.",
			want: []found{{Indirect, []string{"to lift sanctions on Russian grain"}, "promising", "Mr. Rubio"}},
		},
		{
			name: "a gerund phrase that opens the sentence",
			text: "Despite announcing that he would not run, Mr. Hale has been a loyal deputy.",
			want: []found{{Indirect, []string{"that he would not run"}, "announcing", "Mr. Hale"}},
		},
		{
			name: "according to splits one clause",
			text: "At the root of the delay, according to Yuri Ushakov, is a dispute over maps.",
			want: []found{{Indirect, []string{"At the root of the delay", "is a dispute over maps"}, "according to", "Yuri Ushakov"}},
		},
		{
			name: "bare say after who",
			text: "The ruling gave cover to critics who say the deal is a trap.",
			want: []found{{Indirect, []string{"the deal is a trap"}, "say", "who"}},
		},
		{
			name: "an indirect question after a parenthetical subject",
			text: "Ortiz, in her speech, revealed why the vote was close.",
			want: []found{{Indirect, []string{"why the vote was close"}, "revealed", "Ortiz"}},
		},
		{
			name: "when asked after the answer",
			text: "“Of course he would,” Ortiz said when asked whether Waltz would meet Lavrov again.",
			want: []found{
				{Direct, []string{"“Of course he would,”"}, "said", "Ortiz"},
				{Indirect, []string{"whether Waltz would meet Lavrov again"}, "asked", ""},
			},
		},
		{
			name: "bare say after a percentage",
			text: "On social issues they lean left: 42% say they are liberal.",
			want: []found{{Indirect, []string{"they are liberal"}, "say", "42%"}},
		},
		{
			name: "a report nested in another's words",
			text: "I urged the board to grant me a term that I said was fair.",
			want: []found{
				{Indirect, []string{"the board to grant me a term that I said was fair"}, "urged", "I"},
				{Indirect, []string{"that", "was fair"}, "said", "I"},
			},
		},
		{
			name: "a relative clause cue ends before its antecedent's verb",
			text: "Sen. Blake, who endorsed Maria Ortiz on Tuesday, is making his case.",
			want: []found{{Indirect, []string{"Maria Ortiz"}, "endorsed", "who"}},
		},
		{
			name: "a relative clause's object ends before the main clause's cue",
			why:  "the antecedent of who speaks through the main verb",
			text: "Voters who praised the plan said it would lower taxes. Activists who attacked the mayor warned that protests would come.",
			want: []found{
				{Indirect, []string{"it would lower taxes"}, "said", "Voters"},
				{Indirect, []string{"the plan"}, "praised", "who"},
				{Indirect, []string{"that protests would come"}, "warned", "Activists"},
				{Indirect, []string{"the mayor"}, "attacked", "who"},
			},
		},
		{
			name: "a relative clause with a subject of its own goes on",
			text: "Few voters who will believe anything she says came along.",
			want: []found{{Indirect, []string{"anything she says came along"}, "believe", "who"}},
		},
		{
			name: "an object ends before the writer's adjunct",
			text: "Mr. Hale endorsed Mr. Morrow last month and has stood at his side. He praised Ms. Ortiz at a press conference in Jeddah. She denied the charges through her lawyer. Half said so in March. He attacked Waltz by reminding voters of the deal.",
			want: []found{
				{Indirect, []string{"Mr. Morrow"}, "endorsed", "Mr. Hale"},
				{Indirect, []string{"Ms. Ortiz"}, "praised", "He"},
				{Indirect, []string{"the charges"}, "denied", "She"},
				{Indirect, []string{"so"}, "said", "Half"},
				{Indirect, []string{"Waltz"}, "attacked", "He"},
			},
		},
		{
			name: "a poll with modifiers of its own opens the clause",
			text: "A Ledger/Marist poll of Nevada released on Monday showed Ms. Ortiz with a 9-point lead.",
			want: []found{{Indirect, []string{"Ms. Ortiz with a 9-point lead"}, "showed", "A Ledger/Marist poll of Nevada released on Monday"}},
		},
		{
			name: "a report nested in a relative clause with a noun subject",
			why:  "the verb right after the cue has the relative word for its subject",
			text: "The governor signed a law which critics said was unfair.",
			want: []found{{Indirect, []string{"which", "was unfair"}, "said", "critics"}},
		},
		{
			name: "a report after its words holds another report",
			text: "The agency also cited a set of doubts about the plan, officials said.",
			want: []found{
				{Indirect, []string{"a set of doubts about the plan"}, "cited", "The agency"},
				{Indirect, []string{"The agency also cited a set of doubts about the plan"}, "said", "officials"},
			},
		},
		{
			name: "add reports a clause, not a thing added",
			text: "Hale added two more stops in Jeddah. He added the talks were useful.",
			want: []found{{Indirect, []string{"the talks were useful"}, "added", "He"}},
		},
		{
			name: "the writer's aside as X reported",
			text: "As The Riyadh Courier reported, she would need 40 percent of the votes left. But as a Ledger reporter noted, she didn't fill the hall. As reported by the Gazette, auditors found 1,400 invoices. Hale broke the house rules, as The Monitor reported.",
			want: []found{
				{Indirect, []string{"she would need 40 percent of the votes left"}, "reported", "The Riyadh Courier"},
				{Indirect, []string{"she didn't fill the hall"}, "noted", "a Ledger reporter"},
				{Indirect, []string{"auditors found 1,400 invoices"}, "reported by", "the Gazette"},
				{Indirect, []string{"Hale broke the house rules"}, "reported", "The Monitor"},
			},
		},
		{
			name: "reported words open with a quantity, a subordinate phrase, or follow a modal",
			text: "TASS reported at least four convoys crossed the border. Maria Ortiz says despite being a Denver native, she plans to cheer for Boston. Mr. Waltz would point to his record.",
			want: []found{
				{Indirect, []string{"at least four convoys crossed the border"}, "reported", "TASS"},
				{Indirect, []string{"despite being a Denver native, she plans to cheer for Boston"}, "says", "Maria Ortiz"},
				{Indirect, []string{"his record"}, "point to", "Mr. Waltz"},
			},
		},
		{
			name: "an introductory asked with which or whom",
			text: "Asked which Gulf city was her favorite, she demurred.",
			want: []found{{Indirect, []string{"which Gulf city was her favorite"}, "Asked", ""}},
		},
		{
			name: "a demonstrative after the addressee opens the reported words",
			text: "Ushakov told reporters this was the last offer.",
			want: []found{{Indirect, []string{"this was the last offer"}, "told reporters", "Ushakov"}},
		},
		{
			name: "a that-clause after the name agreed with",
			text: "Waltz agrees with Witkoff that Riyadh is the best venue.",
			want: []found{{Indirect, []string{"that Riyadh is the best venue"}, "agrees with Witkoff", "Waltz"}},
		},
		{
			name: "the writer's lead-in before a colon is not what was reported",
			text: "Tenant groups have been busy: the city passed 12 new rules, according to the council.",
			want: []found{{Indirect, []string{"the city passed 12 new rules"}, "according to", "the council"}},
		},
		{
			name: "poll shares answer in turn",
			text: "One in three said the council doesn't listen and one in four said the council was rude.",
			want: []found{
				{Indirect, []string{"the council doesn't listen"}, "said", "One in three"},
				{Indirect, []string{"the council was rude"}, "said", "one in four"},
			},
		},
		{
			name: "the subject before a long aside that holds a report",
			text: "Vice President Daniel K. Morrow Jr., who was to fly to Denver on Monday to defend the new tariffs, said they rested on a simple idea.",
			want: []found{{Indirect, []string{"they rested on a simple idea"}, "said", "Vice President Daniel K. Morrow Jr."}},
		},
		{
			name: "a quantifier is the subject of a bare say",
			text: "One in five say that can't be done. Most say she is right.",
			want: []found{
				{Indirect, []string{"that can't be done"}, "say", "One in five"},
				{Indirect, []string{"she is right"}, "say", "Most"},
			},
		},
		{
			name: "an object ends before a subordinate clause, a purpose, or the speaker's next deed",
			text: "He slammed Mr. Waltz as the summit neared. She spoke of her travels before savaging Mr. Rubio. The union endorsed Ortiz to help rally the base. Lavrov questioned Kyiv's commitment to the truce and refused to sign the text. He was criticizing the negotiators and refusing to concede error.",
			want: []found{
				{Indirect, []string{"Mr. Waltz"}, "slammed", "He"},
				{Indirect, []string{"her travels"}, "spoke of", "She"},
				{Indirect, []string{"Ortiz"}, "endorsed", "The union"},
				{Indirect, []string{"Kyiv's commitment to the truce"}, "questioned", "Lavrov"},
				{Indirect, []string{"to sign the text"}, "refused", "Lavrov"},
				{Indirect, []string{"the negotiators"}, "criticizing", "He"},
				{Indirect, []string{"to concede error"}, "refusing", "He"},
			},
		},
		{
			name: "a noun phrase that is a clause's subject keeps its preposition",
			why:  "the phrase before the preposition is the subject of the reported clause, not an object",
			text: "Lavrov said the talks in Riyadh on Tuesday were useful.",
			want: []found{{Indirect, []string{"the talks in Riyadh on Tuesday were useful"}, "said", "Lavrov"}},
		},
		{
			name: "reported words end on no function word",
			text: "The Ledger will brand you a traitor and Channel Five will accuse you of a “total panic.”",
			want: []found{
				{Indirect, []string{"you a traitor"}, "brand", "The Ledger"},
				{Mixed, []string{"you of a “total panic.”"}, "accuse", "Channel Five"},
			},
		},
		{
			name: "a report in an opening subordinate clause ends before the main clause",
			text: "While the mayor said that the budget was balanced, the auditors were less sure. As the governor spoke about the new plan, his aides handed out copies.",
			want: []found{
				{Indirect, []string{"that the budget was balanced"}, "said", "the mayor"},
				{Indirect, []string{"the new plan"}, "spoke about", "the governor"},
			},
		},
		{
			name: "a closing apposition is the writer's",
			text: "The mayor said the city would win the vote, a large margin for a newcomer.",
			want: []found{{Indirect, []string{"the city would win the vote"}, "said", "The mayor"}},
		},
		{
			name: "an intention in a relative clause describes the person",
			text: "The senator, who has pledged to cut taxes, spoke in Ohio. She backed a plan that promised to lower rents.",
		},
		{
			name: "a contrast with while belongs to the report",
			text: "A new poll found that 31 percent backed the mayor, while 26 percent favored her rival.",
			want: []found{{Indirect, []string{"that 31 percent backed the mayor, while 26 percent favored her rival"}, "found", "A new poll"}},
		},
		{
			name: "a verb after the comma that closes an aside is the sentence's own",
			text: "The key moment, the clerk wrote, came on Monday, when the board sent out a new map.",
			want: []found{{Indirect, []string{"The key moment", "came on Monday, when the board sent out a new map"}, "wrote", "the clerk"}},
		},
		{
			name: "a short opening phrase with no verb is no content",
			text: "Like the mayor, she has reckoned with the union. People like Hale, he said. Or maybe the envoy, an aide says.",
			want: []found{
				{Indirect, []string{"People like Hale"}, "said", "he"},
				{Indirect, []string{"Or maybe the envoy"}, "says", "an aide"},
			},
		},
		{
			name: "an opening prepositional phrase stays out of the words that precede the cue",
			text: "Despite a string of defeats on Tuesday, the senator will stay in the race, his top aide said.",
			want: []found{{Indirect, []string{"the senator will stay in the race"}, "said", "his top aide"}},
		},
		{
			name: "to after a verb of intention brings an infinitive, not a listener",
			text: "She vowed to work on being a fairer mediator.",
			want: []found{{Indirect, []string{"to work on being a fairer mediator"}, "vowed", "She"}},
		},
		{
			name: "say as an example",
			text: "In, say, 2020 the rate was high.",
		},
	}
	checkLayouts(t, New(Options{Indirect: true}), tests)
}

func TestCueParts(t *testing.T) {
	tests := []struct{ text, addressee, channel string }{
		{"Ushakov told Russian television that a meeting was unlikely.", "Russian television", ""},
		{"Lavrov told reporters on Tuesday that the talks were useful.", "reporters", ""},
		{"The Kremlin said in a statement that Ushakov was pleased.", "", "a statement"},
		{"Ortiz wrote on Twitter that she would win.", "", "Twitter"},
		{"Lavrov said the talks were useful.", "", ""},
		{"Ortiz told “Morning Desk” host Ann Ray that the vote was a relief.", "“Morning Desk” host Ann Ray", ""},
		{"The county said by email that it would appeal.", "", "email"},
	}
	e := New(Options{Indirect: true})
	for _, tt := range tests {
		qs := e.Extract(tt.text)
		if len(qs) != 1 {
			t.Errorf("%q: %d quotes, want 1", tt.text, len(qs))
			continue
		}
		c := qs[0].Cue
		if a, ch := slice(tt.text, c.Addressee), slice(tt.text, c.Channel); a != tt.addressee || ch != tt.channel {
			t.Errorf("%q: addressee %q channel %q, want %q %q", tt.text, a, ch, tt.addressee, tt.channel)
		}
	}
}

func TestNegatedAndBelief(t *testing.T) {
	const text = "Lavrov did not say the talks were useful. Rubio thinks the talks were useful."
	qs := New(Options{Indirect: true}).Extract(text)
	if len(qs) != 2 {
		t.Fatalf("%d quotes, want 2: %+v", len(qs), texts(text, qs))
	}
	if !qs[0].Cue.Negated || qs[0].Cue.Belief {
		t.Errorf("did not say: Negated %v Belief %v, want true false", qs[0].Cue.Negated, qs[0].Cue.Belief)
	}
	if qs[1].Cue.Negated || !qs[1].Cue.Belief {
		t.Errorf("thinks: Negated %v Belief %v, want false true", qs[1].Cue.Negated, qs[1].Cue.Belief)
	}
	if qs := New(Options{Indirect: true, SpeechOnly: true}).Extract(text); len(qs) != 1 || qs[0].Cue.Belief {
		t.Errorf("SpeechOnly kept %+v, want the said quote alone", texts(text, qs))
	}
}

func TestCueEdits(t *testing.T) {
	const text = "Lavrov opined that the talks were useful. Rubio said they were not."
	opts := Options{Indirect: true, AddCues: "assertive: opine", RemoveCues: []string{"say"}}
	if err := opts.Check(); err != nil {
		t.Fatal(err)
	}
	got := texts(text, New(opts).Extract(text))
	want := []found{{Indirect, []string{"that the talks were useful"}, "opined", "Lavrov"}}
	if len(got) != 1 || got[0].Cue != want[0].Cue || got[0].Content[0] != want[0].Content[0] {
		t.Errorf("got %+v, want %+v", got, want)
	}
	bad := Options{AddCues: "neutral: opine\nbogus: x\nneutral: Bad", RemoveCues: []string{"nosuchverb"}}
	err := bad.Check()
	if err == nil {
		t.Fatal("Check of invalid entries returned nil")
	}
	for _, part := range []string{`"nosuchverb"`, "line 2: unknown class", `line 3: bad lemma "Bad"`} {
		if !strings.Contains(err.Error(), part) {
			t.Errorf("Check error %q does not mention %s", err, part)
		}
	}
	// The valid entries still apply.
	if qs := New(Options{Indirect: true, AddCues: bad.AddCues}).Extract(text); len(qs) != 2 {
		t.Errorf("%d quotes with the valid part of a bad edit, want 2", len(qs))
	}
}
