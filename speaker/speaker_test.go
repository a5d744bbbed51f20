package speaker

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hearsaynlp/hearsay/quote"
)

func TestEnumText(t *testing.T) {
	for ty := Unknown; ty <= Document; ty++ {
		b, err := ty.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Type
		if err := back.UnmarshalText(b); err != nil || back != ty || ty.String() != string(b) {
			t.Errorf("type %d: %q, back %v, %v", ty, b, back, err)
		}
	}
	for m := None; m <= Continuation; m++ {
		b, err := m.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Method
		if err := back.UnmarshalText(b); err != nil || back != m || m.String() != string(b) {
			t.Errorf("method %d: %q, back %v, %v", m, b, back, err)
		}
	}
	want := []string{"unknown", "person", "organisation", "anonymous", "document"}
	for i, w := range want {
		if got := Type(i).String(); got != w {
			t.Errorf("Type(%d) = %q, want %q", i, got, w)
		}
	}
	if got := ByRole.String(); got != "role" {
		t.Errorf("ByRole = %q, want role", got)
	}
	var ty Type
	if err := ty.UnmarshalText([]byte("martian")); err == nil {
		t.Error("unknown type name accepted")
	}
	if _, err := Type(99).MarshalText(); err == nil {
		t.Error("invalid type marshalled")
	}
}

// TestLexicon loads every embedded list and checks a few entries.
func TestLexicon(t *testing.T) {
	lx := defaultLexicon()
	if lx.titles["secretary of state"] != unknownGender || lx.titles["spokeswoman"] != female {
		t.Error("titles not loaded")
	}
	if lx.nationalities["russian"] != "Russia" || lx.nouns["kremlin"] != orgNoun || lx.nouns["statement"] != docNoun || lx.nouns["officials"] != anonNoun {
		t.Error("nationalities or nouns not loaded")
	}
	if lx.names["mary"] != female || lx.names["john"] != male {
		t.Error("names not loaded")
	}
	for _, m := range []map[string]gender{lx.titles, lx.names} {
		for k := range m {
			if k != strings.ToLower(k) || strings.TrimSpace(k) != k {
				t.Errorf("key %q is not lower case and trimmed", k)
			}
		}
	}
}

// at returns a quote whose source is the first occurrence of source in
// text and whose span starts there; "Lavrov#2" is the second occurrence
// of "Lavrov".
func at(text, source string) quote.Quote {
	nth := 1
	if k := strings.IndexByte(source, '#'); k >= 0 {
		nth = int(source[k+1] - '0')
		source = source[:k]
	}
	i := -1
	for ; nth > 0; nth-- {
		j := strings.Index(text[i+1:], source)
		if j < 0 {
			panic(source)
		}
		i += 1 + j
	}
	s := quote.Span{Start: i, End: i + len(source)}
	return quote.Quote{Kind: quote.Indirect, Span: s, Source: s}
}

// attributed returns the speaker names and method of each attribution.
func attributed(d Doc) []string {
	var out []string
	for _, a := range d.Attributions {
		var ns []string
		for _, s := range a.Speakers {
			ns = append(ns, d.Speakers[s].Name+"/"+d.Speakers[s].Type.String())
		}
		if len(ns) == 0 {
			ns = append(ns, "-")
		}
		out = append(out, strings.Join(ns, "+")+" "+a.Method.String())
	}
	return out
}

func TestAttribute(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		sources []string // first occurrence of each, in order
		want    []string
		why     string
	}{
		{name: "apposition after", text: "Sergei Lavrov, Russia's foreign minister, said it. The foreign minister added more.",
			sources: []string{"Sergei Lavrov, Russia's foreign minister", "The foreign minister"},
			want:    []string{"Sergei Lavrov/person named", "Sergei Lavrov/person role"}},
		{name: "apposition before", text: "Russia's foreign minister, Sergei Lavrov, said it. Lavrov added more.",
			sources: []string{"Lavrov#2"},
			want:    []string{"Sergei Lavrov/person surname"}},
		{name: "honorific picks by gender", text: "John Hale and Mary Hale came. Mrs. Hale said so. She added more.",
			sources: []string{"Mrs. Hale", "She"},
			want:    []string{"Mary Hale/person surname", "Mary Hale/person pronoun"},
			why:     "Mrs. gives the gender that tells the two Hales apart"},
		{name: "given name gives gender", text: "Mary Smith met John Jones. Jones spoke first. She said no.",
			sources: []string{"She"},
			want:    []string{"Mary Smith/person pronoun"}},
		{name: "title and surname", text: "Secretary of State Marco Rubio flew in. Secretary Rubio said yes.",
			sources: []string{"Secretary Rubio"},
			want:    []string{"Marco Rubio/person surname"}},
		{name: "ambiguous role", text: "President Joe Biden met President Emmanuel Macron. The president said no.",
			sources: []string{"The president"},
			want:    []string{"- none"}, why: "two people hold the role"},
		{name: "role held by the one spoken of", text: "President Joe Biden spoke first. He was brief. Biden left early. " +
			"Talks went on. Nothing came of them. The weather was bad. Nobody was pleased. Reporters waited. " +
			"Later, President Emmanuel Macron arrived. Then the aides came in. The president said no.",
			sources: []string{"The president"},
			want:    []string{"Emmanuel Macron/person role"}, why: "of two presidents, only Macron is near"},
		{name: "gendered surname first", text: "President Hale met voters. Mary Hale spoke first. Mr. Hale said no. The president added more.",
			sources: []string{"The president"},
			want:    []string{"Hale/person role"}, why: "President Hale is Mr. Hale, not Mary Hale"},
		{name: "organisation noun before of", text: "Members of the Association of Harbor Pilots met. She was there. The union said yes.",
			sources: []string{"The union"},
			want:    []string{"the Association of Harbor Pilots/organisation role"}, why: "an association is no person, and the union is it"},
		{name: "predicative role", text: "Attorney General Ruth Dale left. Mary Lynch came. She serves as the attorney general now. She said no.",
			sources: []string{"She#2"},
			want:    []string{"Mary Lynch/person pronoun"}, why: "as the attorney general mentions no one new"},
		{name: "possessive affiliation before a name", text: "Rallies matter little, noted NBC’s Owen Pratt.",
			sources: []string{"NBC’s Owen Pratt"},
			want:    []string{"Owen Pratt/person named"}, why: "NBC is the affiliation, not part of the name"},
		{name: "modifiers before an organisation's name", text: "The independent Federal Grain Office said prices would climb. The agency repeated it.",
			sources: []string{"The independent Federal Grain Office", "The agency"},
			want:    []string{"Federal Grain Office/organisation named", "Federal Grain Office/organisation role"}, why: "independent is no part of the name"},
		{name: "they prefers the subject pair", text: "Marco Rubio and Mike Waltz did not see these Americans as rivals. They said so.",
			sources: []string{"They"},
			want:    []string{"Marco Rubio/person+Mike Waltz/person pronoun"}, why: "the coordinated subject, not the nearer object"},
		{name: "who after an apposed given name", text: "Guests included Steven J. Hale and his wife, Laura, who toured the library.",
			sources: []string{"who"},
			want:    []string{"Laura/person pronoun"}, why: "Laura ends right before who"},
		{name: "who after age and place", text: "Karen Ellison Voss, 47, of Dunmore, Pa., who saw the signing, said it had moved her.",
			sources: []string{"who"},
			want:    []string{"Karen Ellison Voss/person pronoun"}, why: "age and home town stand between"},
		{name: "who after a dash", text: "Mary Hale — who has called for tax cuts — attacked the plan.",
			sources: []string{"who"},
			want:    []string{"Mary Hale/person pronoun"}, why: "a dash sets off the clause like a comma"},
		{name: "nationality as a surname", text: "The club owner Tom Irish spoke at the fair. Irish said the vote was close. He said he backed neither plan.",
			sources: []string{"Irish#2", "He"},
			want:    []string{"Tom Irish/person surname", "Tom Irish/person pronoun"}, why: "Irish is the surname of a man named in full, not Ireland"},
		{name: "misspelt given name", text: "Hilary Dunn toured the plant. Hillary Dunn and Bill Dunn spoke later. Mrs. Dunn said it went well.",
			sources: []string{"Mrs. Dunn"},
			want:    []string{"Hillary Dunn/person surname"}, why: "Hilary is a slip for Hillary: one person, not two"},
		{name: "both women are two women", text: "Mary Smith and Ms. Jane Brown met in Ohio. Mrs. Smith praised Ms. Brown and Wall Street. Both women said the plan was fair.",
			sources: []string{"Both women"},
			want:    []string{"Mary Smith/person+Jane Brown/person role"}, why: "Wall Street is no woman"},
		{name: "both A and B is no pair", text: "Jane Brown met John Smith. Both outside lawyers and federal judges said the rule was unclear.",
			sources: []string{"Both outside lawyers and federal judges"},
			want:    []string{"both outside lawyers and federal judges/anonymous named"}, why: "the nominal names its two sets; it is not the two people before it"},
		{name: "she is the unnamed woman", text: "Mary Hill runs the diner. Some shoppers were upset. “It is too much,” said the woman, who gave no name. “People are scared,” she said.",
			sources: []string{"she"},
			want:    []string{"- none"}, why: "the woman is nearer than Mary Hill, and no one names her"},
		{name: "she is the anonymous spokeswoman", text: "Mary Hill runs the agency. A spokeswoman said it would reply. Later she said the report was wrong.",
			sources: []string{"A spokeswoman", "she"},
			want:    []string{"a spokeswoman/anonymous named", "a spokeswoman/anonymous pronoun"}, why: "the spokeswoman, not the head of the agency"},
		{name: "who is no name before its noun", text: "Marco Rubio spoke in Ohio. “They are wrong,” said Tom Reyes, a county clerk and Rubio backer who has sued the board.",
			sources: []string{"Tom Reyes", "who"},
			want:    []string{"Tom Reyes/person named", "Tom Reyes/person pronoun"}, why: "Rubio only modifies backer"},
		{name: "possessive nominal source", text: "The rally ended late. The campaign’s statement said the event was a success.",
			sources: []string{"The campaign’s"},
			want:    []string{"the campaign/organisation named"}, why: "the statement's source is the campaign"},
		{name: "a poll released on a day", text: "Most voters want change, according to a Gallup poll released Monday. The survey said so.",
			sources: []string{"a Gallup poll released Monday", "The survey"},
			want:    []string{"a gallup poll/document named", "a gallup poll/document role"}, why: "released Monday says when, and the survey is that poll"},
		{name: "an age before a name", text: "67-year-old Harold Finch, a retired teacher, backed the plan. Finch said it was overdue.",
			sources: []string{"67-year-old Harold Finch, a retired teacher", "Finch#2"},
			want:    []string{"Harold Finch/person named", "Harold Finch/person surname"}, why: "the age is no part of the name"},
		{name: "everyone is no name", text: "Mayor Ann Cole spoke first. Everyone said the plan was late. She said it was not.",
			sources: []string{"Everyone", "She"},
			want:    []string{"everyone/anonymous named", "Ann Cole/person pronoun"}, why: "a capital that opens a sentence does not make everyone a person"},
		{name: "a headline name after And", text: "Why The Press And Jane Holt Keep Winning Races\n\nSen. Jane Holt won again. Holt said it was close.",
			sources: []string{"The Press And Jane Holt", "Holt#2"},
			want:    []string{"Jane Holt/person named", "Jane Holt/person surname"}, why: "a title-case headline capitalises And"},
		{name: "the company is a source that shows no person", text: "The Harbor Workers Union said talks had failed. Norvale said in a statement that it wanted its staff back. Workers objected to the move. They said pay was too low. The company said it needed flexibility.",
			sources: []string{"Norvale", "They", "The company"},
			want:    []string{"Norvale/organisation named", "workers/anonymous pronoun", "Norvale/organisation role"}, why: "a source that shows nothing of a person may be the company some sentences on"},
		{name: "the candidates are the people just named", text: "Ann Cole says the levy will fail. Defense Secretary Jim Hale disagrees. Tom Reyes says he doubts it works. Still, the candidates said they would repeal it.",
			sources: []string{"the candidates"},
			want:    []string{"Ann Cole/person+Tom Reyes/person role"}, why: "no one is called a candidate, and the secretary holds another office"},
		{name: "the newspaper is a name after a capital The", text: "Tom Reyes visited the flooded towns on Friday, The Advocate reported. The newspaper said the governor should come too.",
			sources: []string{"The Advocate", "The newspaper"},
			want:    []string{"Advocate/document named", "Advocate/document role"}, why: "no list knows the paper, but its name keeps its The inside a sentence"},
		{name: "no subject in an opening phrase", text: "Dr. Lee Kwan told the board in May that the clinic would open soon. By Labor Day, he had hired a staff of ten.",
			sources: []string{"he#3"},
			want:    []string{"Lee Kwan/person pronoun"}, why: "Labor Day only says when"},
		{name: "an apposed organisation noun", text: "Shares rose on Wall Street. Brightco, the parent company of Lumen, gained 3 percent. The company said sales were strong.",
			sources: []string{"The company"},
			want:    []string{"Brightco/organisation role"}, why: "the apposed noun says Brightco is a company"},
		{name: "which after and with no source before", text: "Ann Lee of the group Parents for Clean Air, or PCA - which was founded by Tom Ruiz in 2010 and which has backed the plan - spoke.",
			sources: []string{"which#2"},
			want:    []string{"Parents for Clean Air/unknown pronoun"}, why: "the first which is the group's, and PCA is its initials"},
		{name: "misspelt surname", text: "\"We are worried,\" said Darla Pruitt, a local organiser. Pruett said more. \"It is not enough,\" she said.",
			sources: []string{"Pruett", "she"},
			want:    []string{"Darla Pruitt/person surname", "Darla Pruitt/person pronoun"}, why: "Pruett is a slip for Pruitt"},
		{name: "state before an organisation's name", text: "The North Dakota School of Music said no. She said yes.",
			sources: []string{"The North Dakota School of Music", "She"},
			want:    []string{"the North Dakota School of Music/organisation named", "- none"}, why: "a school is no woman, and North Dakota is part of its name"},
		{name: "apposed nominal", text: "The fund bought the wells from Halvard Energy, another drilling company that went bankrupt.",
			sources: []string{"another drilling company"},
			want:    []string{"Halvard Energy/organisation named"}, why: "the nominal stands in apposition to the name"},
		{name: "opening phrase is no apposition", text: "In Tulsa, the mayor said the fire was deliberate.",
			sources: []string{"the mayor"},
			want:    []string{"- none"}, why: "Tulsa is where, not who"},
		{name: "a justice is a judge", text: "Brookfield County Court Justice Lena Ortiz ruled on Tuesday. The judge said the records remain closed.",
			sources: []string{"The judge"},
			want:    []string{"Lena Ortiz/person role"}, why: "justice and judge name one role"},
		{name: "kind nominal prefers its modifier", text: "The U.S. Court of Appeals for the Tenth Circuit heard the port dispute on Monday. The Supreme Court may take it up. The appeals court said it would not.",
			sources: []string{"The appeals court"},
			want:    []string{"the U.S. Court of Appeals/organisation role"}, why: "appeals names the court"},
		{name: "names inside a source phrase", text: "Dana Kirk, a spokeswoman for the United Dock Workers of Oregon, said no. The union said yes.",
			sources: []string{"Dana Kirk, a spokeswoman for the United Dock Workers of Oregon", "The union"},
			want:    []string{"Dana Kirk/person named", "United Dock Workers of Oregon/organisation role"}, why: "the union is named inside the first source"},
		{name: "it finds a source with nothing of a person", text: "Ship after ship ignores the embargo, the United Nations said. It added that it needs more inspectors.",
			sources: []string{"the United Nations", "It"},
			want:    []string{"United Nations/organisation named", "United Nations/organisation pronoun"}, why: "a name with no title, honorific or given name may be an organisation"},
		{name: "the state last named", text: "Voters in Ohio and Florida were purged from the rolls. The state said the lists were old.",
			sources: []string{"The state"},
			want:    []string{"Florida/organisation role"}, why: "the state is the one last named"},
		{name: "who is no department", text: "The inquiry cleared Nora Marsh, a records clerk at the Commerce Department who asked her team to stay silent.",
			sources: []string{"who"},
			want:    []string{"Nora Marsh/person pronoun"}, why: "who is said of the clerk"},
		{name: "who is no name used as a modifier", text: "Marco Rubio kept the files. Also cleared was Nora Pell, a Rubio campaign driver-turned-office manager who filed the letters.",
			sources: []string{"who"},
			want:    []string{"Nora Pell/person pronoun"}, why: "Rubio only modifies campaign"},
		{name: "relative pronoun after an apposed nominal", text: "Lena Marsh will help pay for Forward88, a super PAC that plans to attack Rubio.",
			sources: []string{"that"},
			want:    []string{"Forward88/unknown pronoun"}, why: "the super PAC is Forward88"},
		{name: "they after people", text: "She argued that if people dislike her budget, they ought to elect someone else.",
			sources: []string{"they"},
			want:    []string{"people/anonymous pronoun"}, why: "people is a plural group"},
		{name: "the bank last named", text: "In the Halvard Trust affair, clients were billed for loans they never sought. The bank said it dismissed the staff.",
			sources: []string{"The bank"},
			want:    []string{"Halvard Trust/organisation role"}, why: "the bank is the company last named"},
		{name: "apposed given name", text: "Mr. Hale is weighing this choice with his daughter, Ellie, a college freshman. She was eyeing art schools.",
			sources: []string{"a college freshman", "She"},
			want:    []string{"Ellie/person named", "Ellie/person pronoun"}, why: "Ellie is a woman's given name"},
		{name: "headline pronoun", text: "Widow Presses Rubio On His Silence About The Riyadh Talks\n\nSecretary Marco Rubio answered a widow on Tuesday.",
			sources: []string{"His"},
			want:    []string{"Marco Rubio/person pronoun"}, why: "a headline names its person in the story below"},
		{name: "it with an apostrophe", text: "Marco Rubio spoke in Iowa. Marco Rubio’s campaign is defending his ads. It’s denouncing the press coverage.",
			sources: []string{"Marco Rubio’s campaign", "It’s"},
			want:    []string{"Rubio campaign/organisation named", "Rubio campaign/organisation pronoun"}, why: "it’s is it, and the campaign is Rubio's"},
		{name: "quoted title of a film", text: "The producer says as much in her latest documentary “Dunes.” The film, which opens on Friday, follows desert traders.",
			sources: []string{"The film"},
			want:    []string{"Dunes/document role"}, why: "the film is the documentary named before it"},
		{name: "title after entitled", text: "Halvorsen wrote a memoir entitled The Night Desk: Ten Years of Crisis Calls. According to her account, Waltz had a fever. The book said so.",
			sources: []string{"her account", "The book"},
			want:    []string{"The Night Desk: Ten Years of Crisis Calls/document role", "The Night Desk: Ten Years of Crisis Calls/document role"}, why: "the memoir is her account and the book"},
		{name: "possessive title is no name's title", text: "Volodymyr Zelensky flew in. The president's Baltic ties came into play. He said so.",
			sources: []string{"He"},
			want:    []string{"Volodymyr Zelensky/person pronoun"}, why: "Baltic is not a president"},
		{name: "titled name ends before of and a country", text: "President Arno Vell of Poland came. Mr. Vell said yes.",
			sources: []string{"Mr. Vell"},
			want:    []string{"Arno Vell/person surname"}, why: "Poland is not Vell's surname"},
		{name: "a short nominal is the fuller one of its head", text: "A new poll came out. The Meridian\u00a0tracking poll showed Rubio ahead. In this poll, Waltz fell.",
			sources: []string{"A new poll", "The Meridian\u00a0tracking poll", "this poll"},
			want:    []string{"a new poll/document named", "the meridian tracking poll/document named", "the meridian tracking poll/document role"}, why: "this poll is the tracking poll, not an unnamed new one; a label's spaces are plain"},
		{name: "partitive relative after two hyphens", text: "Rubio announced support from 80 former ambassadors and envoys -- most of whom had served abroad.",
			sources: []string{"most of whom"},
			want:    []string{"80 former ambassadors and envoys/anonymous pronoun"}, why: "whom is the ambassadors and envoys, whom no one named leads"},
		{name: "partitive of a possessed group", text: "Marco Rubio spoke in Ohio. Many of his supporters said they agreed.",
			sources: []string{"Many of his supporters"},
			want:    []string{"Rubio supporters/anonymous named"}, why: "many of his supporters are some of the Rubio supporters"},
		{name: "a share of a group", text: "A majority of voters said the plan went too far.",
			sources: []string{"A majority of voters"},
			want:    []string{"voters/anonymous named"}, why: "a majority of voters are voters"},
		{name: "a lone quantifier is the group before it", text: "Marco Rubio and Sergei Lavrov spoke to reporters. Each said the other was stubborn.",
			sources: []string{"Each"},
			want:    []string{"Marco Rubio/person+Sergei Lavrov/person pronoun"}, why: "each is each of the two"},
		{name: "he is no plural", text: "Tom Pratt drew criticism from farmers and traders after he asked about prices.",
			sources: []string{"farmers and traders", "he"},
			want:    []string{"farmers and traders/anonymous named", "Tom Pratt/person pronoun"}, why: "farmers are not a he"},
		{name: "who after and is the who before", text: "Jane Doe, who left the party that she had served for twenty long and difficult years in 2010 and who came back this year, said it changed.",
			sources: []string{"who", "who#2"},
			want:    []string{"Jane Doe/person pronoun", "Jane Doe/person pronoun"}, why: "the two clauses say two things of one person"},
		{name: "one of a group is left alone", text: "Mike Waltz and Yuri Ushakov met. One of the two aides said no.",
			sources: []string{"One of the two aides"},
			want:    []string{"one of the two aides/anonymous named"}, why: "one of them is not both"},
		{name: "they after a one-word name", text: "Factwise said the figure was wrong. On March 14 they released the findings.",
			sources: []string{"Factwise", "they"},
			want:    []string{"Factwise/organisation named", "Factwise/organisation pronoun"}, why: "a name with nothing of a person may be a body, which they is said of"},
		{name: "a study is the survey before it", text: "Tariffs are hurting growers, according to a Bloomberg survey of grain traders. The study found that two states lost the most.",
			sources: []string{"a Bloomberg survey of grain traders", "The study"},
			want:    []string{"a bloomberg survey of grain traders/document named", "a bloomberg survey of grain traders/document role"}, why: "study and survey both report findings"},
		{name: "they prefers a plural to an organisation", text: "The lawsuit turns on Nevada's cancellation of hundreds of voters from the rolls after they skipped two elections.",
			sources: []string{"they"},
			want:    []string{"voters/anonymous pronoun"}, why: "they agrees with voters in number"},
		{name: "organisation", text: "The Kremlin said no. The ministry said yes.",
			sources: []string{"The Kremlin", "The ministry"},
			want:    []string{"the Kremlin/organisation named", "the ministry/organisation named"}},
		{name: "anonymous and document", text: "A senior official said no. A statement said yes. Sources said maybe.",
			sources: []string{"A senior official", "A statement", "Sources"},
			want:    []string{"a senior official/anonymous named", "a statement/document named", "sources/anonymous named"}},
		{name: "media", text: "The New York Post reported it.",
			sources: []string{"The New York Post"},
			want:    []string{"the New York Post/document named"}},
		{name: "office no one holds is the person just named", text: "Jane Porter toured the plant on Monday. The candidate said jobs would come back.",
			sources: []string{"The candidate"},
			want:    []string{"Jane Porter/person role"}, why: "a bare office refers back to the person just before it"},
		{name: "modified office no one holds is someone new", text: "Jane Porter toured the plant on Monday. The union leader said jobs would not come back.",
			sources: []string{"The union leader"},
			want:    []string{"- none"}, why: "a modifier introduces a new holder"},
		{name: "bare office after an unnamed one is that one", text: "Jane Porter toured the plant on Monday. “Talks go on with Porter,” said a company official who asked not to be named. The aide gave no details.",
			sources: []string{"a company official", "The aide"},
			want:    []string{"a company official/anonymous named", "- none"}, why: "the aide is the official, not Porter"},
		{name: "her husband is the man of her surname", text: "Anna Ortiz and Paul Ortiz toured Iowa. Mrs. Ortiz spoke briefly. She and her husband backed the pact.",
			sources: []string{"She and her husband"},
			want:    []string{"Anna Ortiz/person+Paul Ortiz/person pronoun"}, why: "a coordinated pronoun and spouse are two speakers"},
		{name: "his wife is the woman of his surname", text: "Mary Reed and John Reed met voters. Mr. Reed praised the plan. His wife said it was late.",
			sources: []string{"His wife"},
			want:    []string{"Mary Reed/person role"}},
		{name: "pronoun in an opening phrase is the subject after it", text: "Tom Morrow filed a bill. Marco Rubio spoke in Maine. \"We will win.\"\n\nIn his proposed law, Morrow cited a memo.",
			sources: []string{"his"},
			want:    []string{"Tom Morrow/person pronoun"}, why: "his looks forward to the subject of the main clause"},
		{name: "party adjective is part of a plural group", text: "Democratic superdelegates hold a sixth of the convention votes. In a tight contest they could settle it.",
			sources: []string{"they"},
			want:    []string{"democratic superdelegates/anonymous pronoun"}, why: "Democratic is no name here, and the group is the subject"},
		{name: "an office is not apposed to a body", text: "Senator Ann Cole met the nominee. Once the envoy testifies before the Foreign Relations Committee, the senator said, the vote will come.",
			sources: []string{"the senator"},
			want:    []string{"Ann Cole/person role"}, why: "the comma ends an opening clause, not a name"},
		{name: "lawmaker is an office", text: "John Morrow filed a bill on Monday. The lawmaker said it was fair.",
			sources: []string{"The lawmaker"},
			want:    []string{"John Morrow/person role"}},
		{name: "they is no given name", text: "The farmers like the plan, Frank writes. They ignore its cost.",
			sources: []string{"Frank", "They"},
			want:    []string{"Frank/person named", "farmers/anonymous pronoun"}, why: "a common given name is more likely a person than a body"},
		{name: "who after a group renamed", text: "The outcome rests on superdelegates, the mayors and party elders who may back anyone.",
			sources: []string{"who"},
			want:    []string{"superdelegates/anonymous pronoun"}, why: "the phrase after the comma renames the group before it"},
		{name: "a capital is its country", text: "China sent envoys to Astana. Beijing said the talks went well, and it promised more aid.",
			sources: []string{"Beijing", "it"},
			want:    []string{"China/organisation named", "China/organisation pronoun"}, why: "Beijing stands for China, named before"},
		{name: "a nationality before a noun is no country", text: "The Kazakh government said it would reply later.",
			sources: []string{"it"},
			want:    []string{"Kazakh/organisation pronoun"}, why: "Kazakh is an adjective of the government, not Kazakhstan"},
		{name: "a subject after an opening phrase is no apposition", text: "The editors faulted John Hale. By reprinting the column about Hale, the campaign gains cover.",
			sources: []string{"the campaign"},
			want:    []string{"the campaign/organisation named"}, why: "a verb follows the nominal: it is the subject, not Hale"},
		{name: "kin noun is no office", text: "John Ward spoke at the rally. The man said he was tired.",
			sources: []string{"The man"},
			want:    []string{"- none"}, why: "the man is mostly someone the text does not name"},
		{name: "firm nominal after a bare company name", text: "Markets were calm on Friday. Norvale gained 2 percent. The online retail giant said sales were strong.",
			sources: []string{"The online retail giant"},
			want:    []string{"Norvale/organisation role"}, why: "the subject just before shows nothing of a person"},
		{name: "firm nominal skips a name inside an apposition", text: "Tamrak, the parent company of Orlo, rose 3 percent. The company said profits were up.",
			sources: []string{"The company"},
			want:    []string{"Tamrak/organisation role"}, why: "Orlo is no subject"},
		{name: "a signature is no antecedent after it", text: "Senator Paul Adams wants the toll road.\n\nI think Adams is wrong about the road.\n\nJohn Carter.\n\nEveryone can see the plan is a fraud. He knows the road will fail.",
			sources: []string{"He"},
			want:    []string{"Paul Adams/person pronoun"}, why: "the signature closes the letter above it"},
		{name: "a letter is signed by a person", text: "I think the toll road is wrong.\n\nNorvale Carter.",
			sources: []string{"I"},
			want:    []string{"Norvale Carter/person pronoun"}, why: "I is said of a person, whatever the name shows"},
		{name: "nickname is the same person", text: "Sandra Kell, 78, voted early. Her neighbour Ann Brook came later. Sandy Kell said she was pleased.",
			sources: []string{"Sandy Kell"},
			want:    []string{"Sandra Kell/person named"}, why: "Sandy is short for Sandra"},
		{name: "pronoun with nobody before", text: "He said no.",
			sources: []string{"He"},
			want:    []string{"- none"}},
		{name: "a described person is the one just named", text: "Laura Morrow toured the plant on Friday. The self-described populist said the tariffs would stay.",
			sources: []string{"Laura Morrow", "The self-described populist"},
			want:    []string{"Laura Morrow/person named", "Laura Morrow/person role"}, why: "news calls a person it has named by a description"},
		{name: "a described person after a capitalised modifier is someone else", text: "Laura Morrow toured the plant on Friday. The Ohio pitcher said the tariffs would stay.",
			sources: []string{"Laura Morrow", "The Ohio pitcher"},
			want:    []string{"Laura Morrow/person named", "the ohio pitcher/unknown named"}, why: "a capital sets the pitcher apart"},
		{name: "the name apposed to a role in a source", text: "Her father, Tom Reed, 52, worried about the road. He said it was too narrow.",
			sources: []string{"Her father, Tom Reed, 52", "He#2"},
			want:    []string{"Tom Reed/person named", "Tom Reed/person pronoun"}, why: "the name between the commas is who speaks"},
		{name: "the name apposed to a description in a source", text: "The county's Democratic committeewoman, Laura Pike, backed the plan. Jim Hale objected. Pike said the vote would stand.",
			sources: []string{"The county's Democratic committeewoman, Laura Pike", "Jim Hale", "Pike"},
			want:    []string{"Laura Pike/person named", "Jim Hale/person named", "Laura Pike/person surname"}},
		{name: "the party is the party last named", text: "Donors gave millions to the GOP this spring. The party said the money would go to the states.",
			sources: []string{"The party"},
			want:    []string{"the GOP/organisation role"}},
		{name: "he is the first source of the sentence before", text: "Jim Lee said on Monday that the deal was weak, whereas Tom Hart acknowledged that it had flaws. He also said the vote would wait.",
			sources: []string{"Jim Lee", "Tom Hart", "He"},
			want:    []string{"Jim Lee/person named", "Tom Hart/person named", "Jim Lee/person pronoun"}, why: "the later source is inside what the first reports"},
		{name: "a retired office no one holds is the person just named", text: "Laura Pike toured the clinic on Friday. The retired surgeon said it would stay open.",
			sources: []string{"Laura Pike", "The retired surgeon"},
			want:    []string{"Laura Pike/person named", "Laura Pike/person role"}},
		{name: "they is not what it is", text: "The crash was seen by Tom Reed and Ann Fox in Ohio. It has strict road rules. They said the truck was too fast.",
			sources: []string{"It", "They"},
			want:    []string{"Ohio/organisation pronoun", "Tom Reed/person+Ann Fox/person pronoun"}, why: "a singular it is no antecedent of they"},
		{name: "a name before which is a thing's", text: "Lawmakers in the Ohio Senate argued for hours. The fight drew notice from large employers such as Norvale, which opposed the bill. \"We ask others to join us,\" the company wrote.",
			sources: []string{"which", "the company"},
			want:    []string{"Norvale/organisation pronoun", "Norvale/organisation role"}, why: "the company is the employer named with which, not the senate"},
		{name: "a news organization is the outlet last named", text: "Ann Reed quit the Ledger Gazette in May after the news organization doubted her story. Tom Hale said no.",
			sources: []string{"the news organization"},
			want:    []string{"the Ledger Gazette/document role"}, why: "news makes an organization an outlet"},
		{name: "the company is the name called a firm over a nearer organisation", text: "Few recall his years on the board of lending giant Norvale. Norvale was among the firms sued by the Wexley Institute, and in 2007 the company agreed to pay $3 million.",
			sources: []string{"the company"},
			want:    []string{"Norvale/organisation role"}, why: "the text calls Norvale a giant, a firm's kind"},
		{name: "the news media are no outlet", text: "Ann Reed wrote for the Ledger Gazette until May. The news media said she had quit.",
			sources: []string{"The news media"},
			want:    []string{"the news media/document named"}, why: "news before a head that names no body makes no outlet"},
		{name: "the new poll is the poll", text: "Hale leads by four points. The poll shows Reed second. The new poll also finds voters tired of the race.",
			sources: []string{"The poll", "The new poll"},
			want:    []string{"the poll/document named", "the poll/document named"}, why: "new says only when the poll came out"},
		{name: "an editorial board is its paper", text: "Hale met voters in Dover. The Ledger Gazette has run a string of editorials against him. \"He panders,\" the editorial board wrote.",
			sources: []string{"the editorial board"},
			want:    []string{"the Ledger Gazette/document role"}, why: "an editorial board speaks for the paper last named"},
		{name: "none of a group is no name", text: "Six candidates met in Dover. None of the candidates said they would drop out.",
			sources: []string{"None of the candidates"},
			want:    []string{"the candidates/anonymous named"}, why: "a negative quantifier is never a name"},
		{name: "a heading is no organisation", text: "ABSTRACT.\nThe tax bill passed the House on Monday. They said the vote would be close.",
			sources: []string{"They"},
			want:    []string{"- none"}, why: "a heading word names no one"},
		{name: "a stage word is no part of a name", text: "Enter The Ledger Gazette, which reported on Tuesday that the deal was off.",
			sources: []string{"which"},
			want:    []string{"the Ledger Gazette/document pronoun"}, why: "enter opens the sentence, it names no one"},
		{name: "a name inside a pro- compound is no one", text: "Analysts have tracked a pro-Islamic State Twitter account for months. \"It posts daily,\" he said.",
			sources: []string{"he"},
			want:    []string{"- none"}, why: "State Twitter modifies account and names no one"},
		{name: "a given name that is a noun is a name", text: "Ann Tate spoke first. Her husband, Bill, said he would vote. Bill Tate said it was close. The bill said nothing of it.",
			sources: []string{"Her husband, Bill", "Bill Tate", "The bill"},
			want:    []string{"Bill Tate/person surname", "Bill Tate/person named", "the bill/document named"}, why: "bill is a document only after a determiner"},
		{name: "a holiday is no one", text: "Voters tune in after Labor Day. \"It is early,\" he said. The show aired on World of Sports. \"We had fun,\" she said. Doris Day sang. \"It was lovely,\" she said.",
			sources: []string{"he", "she", "she#2"},
			want:    []string{"- none", "- none", "Doris Day/person pronoun"}, why: "days, events and a World are not people, a singer named Day is"},
		{name: "a photo credit is no sentence", text: "Tom Hardy spoke to strikers on Monday.\n\nJane Roe via Getty Images.\n\n\"We will not back down,\" the candidate said.\n\nPhoto: Ann Lee/Reuters\n\n\"We will win,\" she said.",
			sources: []string{"the candidate", "she"},
			want:    []string{"Tom Hardy/person role", "- none"}, why: "a credit line neither parts the candidate from Hardy nor names anyone"},
		{name: "an outlet keeps its the wherever it stands", text: "Aides met on Monday, according to the Ledger Gazette. The Dover Herald reported it too.",
			sources: []string{"the Ledger Gazette", "The Dover Herald"},
			want:    []string{"the Ledger Gazette/document named", "the Dover Herald/document named"}, why: "a name is given with a leading the, lower-cased, in any position"},
		{name: "a show is no one", text: "Critics praised the Nora Vale Show. \"It was shocking,\" she said.",
			sources: []string{"she"},
			want:    []string{"- none"}, why: "a show is named like a person but cannot speak"},
		{name: "a plural nationality is a group", text: "Some Germans fear the deal.",
			sources: []string{"Some Germans"},
			want:    []string{"some germans/anonymous named"}, why: "Germans are people, as Republicans are"},
		{name: "a word that opens sentences is no name", text: "Late Tuesday, aides met. \"It went well,\" he said. Pressed on the vote, One said no.",
			sources: []string{"he", "One"},
			want:    []string{"- none", "- none"}, why: "late and one open sentences and name no one"},
		{name: "a sentence adverb or a number word is no name", text: "Therefore the vote waits. \"It is too soon,\" he said. Six said no.",
			sources: []string{"he", "Six"},
			want:    []string{"- none", "- none"}, why: "therefore and six open sentences and name no one"},
		{name: "a dateline and a participle are no names", text: "DOVERTON, Del. — The mayor spoke on Monday. \"We are ready,\" he said.\n\nCourted by both parties, the group stayed quiet. \"We wait,\" he said.",
			sources: []string{"DOVERTON", "he", "Courted", "he#2"},
			want:    []string{"- none", "- none", "- none", "- none"}, why: "the place of a dateline and a verb that opens a sentence name no one"},
		{name: "a name after an unknown noun is a person", text: "Basketball great Ann Lee said no. Media mogul Tom Reed agreed.",
			sources: []string{"Basketball great Ann Lee", "Media mogul Tom Reed"},
			want:    []string{"Ann Lee/person named", "Tom Reed/person named"}, why: "a given name and a surname after lower-case words are a person's name"},
		{name: "an adverb that opens a sentence is no name", text: "Typically, the mayor shops on Sundays. \"It saves time,\" she said. Ultimately the deal held.",
			sources: []string{"she", "Ultimately"},
			want:    []string{"- none", "- none"}, why: "typically and ultimately are adverbs, not people"},
		{name: "they is all of coordinated plurals", text: "On Friday, Norvale workers and retirees rallied outside. \"We lost our pensions,\" they said.",
			sources: []string{"they"},
			want:    []string{"norvale workers and retirees/anonymous pronoun"}, why: "the workers and the retirees are one group"},
		{name: "who is all of coordinated plurals", text: "On Friday, Norvale workers and retirees who lost pensions rallied outside.",
			sources: []string{"who"},
			want:    []string{"norvale workers and retirees/anonymous pronoun"}, why: "the workers and the retirees are one group"},
		{name: "they all is they", text: "Yuri Ushakov and Mike Waltz met on Monday. They all said the talks went well.",
			sources: []string{"They all"},
			want:    []string{"Yuri Ushakov/person+Mike Waltz/person pronoun"}, why: "all after they adds no one"},
		{name: "they to a coordinated source", text: "Ushakov and Waltz said no. They added more.",
			sources: []string{"Ushakov and Waltz", "They"},
			want:    []string{"Ushakov/person+Waltz/person named", "Ushakov/person+Waltz/person pronoun"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var qs []quote.Quote
			for _, s := range tt.sources {
				qs = append(qs, at(tt.text, s))
			}
			d := Attribute(tt.text, qs)
			if diff := cmp.Diff(tt.want, attributed(d)); diff != "" {
				t.Errorf("mismatch (-want +got) %s:\n%s", tt.why, diff)
			}
			for _, a := range d.Attributions {
				if len(a.Speakers) == 0 && a.Reason == "" {
					t.Errorf("unresolved attribution without a reason: %+v", a)
				}
			}
		})
	}
}

func TestContinuation(t *testing.T) {
	text := "“We won,” Lavrov said.\n“And we will win again.”\n"
	i := strings.Index(text, "Lavrov")
	j := strings.Index(text, "“And")
	qs := []quote.Quote{
		{Kind: quote.Direct, Span: quote.Span{Start: 0, End: i + 11}, Source: quote.Span{Start: i, End: i + 6}},
		{Kind: quote.Direct, Span: quote.Span{Start: j, End: len(text) - 1}},
	}
	d := Attribute(text, qs)
	if diff := cmp.Diff([]string{"Lavrov/person named", "Lavrov/person continuation"}, attributed(d)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestQuotedPronounGivesNoGender(t *testing.T) {
	text := "Rae-Lin Okafor, a professor, described Rubio's approach. “If he is pressed on points he cannot defend, he changes the subject,” she said."
	c := strings.Index(text, "“")
	e := strings.Index(text, "” she")
	s := strings.Index(text, "she said")
	qs := []quote.Quote{{Kind: quote.Direct, Span: quote.Span{Start: c, End: s + 8},
		Content: []quote.Span{{Start: c, End: e + len("”")}}, Source: quote.Span{Start: s, End: s + 3}}}
	d := Attribute(text, qs)
	// The he of the quote is Rubio, not the professor: it must not make
	// her a man.
	if diff := cmp.Diff([]string{"Rae-Lin Okafor/person pronoun"}, attributed(d)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestFind(t *testing.T) {
	d := Doc{Speakers: []Speaker{
		{Name: "John Hale", Type: Person}, {Name: "Mary Hale", Type: Person},
		{Name: "Sergei Lavrov", Type: Person}, {Name: "the Kremlin", Type: Organisation},
	}}
	for _, tt := range []struct {
		q    string
		want string
		ok   bool
	}{
		{"Sergei Lavrov", "Sergei Lavrov", true}, {"lavrov", "Sergei Lavrov", true},
		{"Hale", "", false}, {"the kremlin", "the Kremlin", true}, {"Kremlin", "the Kremlin", true}, {"The", "", false}, {"", "", false},
	} {
		s, ok := d.Find(tt.q)
		if ok != tt.ok || s.Name != tt.want {
			t.Errorf("Find(%q) = %q, %v; want %q, %v", tt.q, s.Name, ok, tt.want, tt.ok)
		}
	}
}

// TestAbbreviationsFit checks that isAbbreviation, which turns away words
// longer than maxAbbreviation, can find every abbreviation.
func TestAbbreviationsFit(t *testing.T) {
	for a := range abbreviations {
		if len(a) > maxAbbreviation || !isAbbreviation(strings.ToUpper(a)) {
			t.Errorf("abbreviation %q is not found: raise maxAbbreviation", a)
		}
	}
}

// TestPairSkipsQuotedNames checks that "the two" is the two people the
// narrative named, not a name inside a quote between them.
func TestPairSkipsQuotedNames(t *testing.T) {
	text := "Ann Lowry met Paul Crane at the polls. “We’re Dover people,” Crane said. The two voters said they agreed."
	c := strings.Index(text, "“")
	e := strings.Index(text, "” Crane")
	s := strings.Index(text, "Crane said")
	two := strings.Index(text, "The two voters")
	qs := []quote.Quote{
		{Kind: quote.Direct, Span: quote.Span{Start: c, End: s + 10},
			Content: []quote.Span{{Start: c, End: e + len("”")}}, Source: quote.Span{Start: s, End: s + 5}},
		at(text, "The two voters"),
	}
	qs[1].Span, qs[1].Source = quote.Span{Start: two, End: two + 14}, quote.Span{Start: two, End: two + 14}
	d := Attribute(text, qs)
	want := []string{"Paul Crane/person surname", "Ann Lowry/person+Paul Crane/person role"}
	if diff := cmp.Diff(want, attributed(d)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// TestPronounAfterLongQuote checks that the sentences of a long quote do
// not push its speaker out of reach of a pronoun after it.
func TestPronounAfterLongQuote(t *testing.T) {
	text := "Mara Lind spoke at the plant. “We will build. We will hire. We will train. We will grow. We will export. We will win. We will stay.” She then left for Ohio."
	c := strings.Index(text, "“")
	e := strings.Index(text, "”") + len("”")
	s := strings.Index(text, "She")
	qs := []quote.Quote{
		{Kind: quote.Direct, Span: quote.Span{Start: c, End: e}, Content: []quote.Span{{Start: c, End: e}}},
		{Kind: quote.Indirect, Span: quote.Span{Start: s, End: s + 3}, Source: quote.Span{Start: s, End: s + 3}},
	}
	d := Attribute(text, qs)
	if got := attributed(d)[1]; got != "Mara Lind/person pronoun" {
		t.Errorf("She = %q, want Mara Lind/person pronoun", got)
	}
}

// TestPronounAfterPronounSubject checks that a "he" is the person the
// "he" that is the subject of its sentence is, not a nearer object.
func TestPronounAfterPronounSubject(t *testing.T) {
	text := "Mike Waltz flew west on Tuesday. He met Prime Minister Peter Varga in Hungary, where he also spoke to reporters."
	s := strings.Index(text, " he also") + 1
	q := quote.Quote{Kind: quote.Indirect, Span: quote.Span{Start: s, End: s + 2}, Source: quote.Span{Start: s, End: s + 2}}
	if got := attributed(Attribute(text, []quote.Quote{q})); got[0] != "Mike Waltz/person pronoun" {
		t.Errorf("he = %q, want Mike Waltz/person pronoun", got[0])
	}
}

// TestNameEndsAtLostBreak checks that a name stops where two spaces stand
// for a lost paragraph break, so that "Ms. Hale" is Anna Hale and not a
// person called "Hale The Federal Reserve".
func TestNameEndsAtLostBreak(t *testing.T) {
	text := "Cheers, Ms. Hale  The Federal Reserve chair, Anna Hale, has held firm. She said rates would rise."
	var got []string
	for _, s := range Attribute(text, nil).Speakers {
		got = append(got, s.Name)
	}
	if diff := cmp.Diff([]string{"Anna Hale"}, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
