package quote

// Closed word classes the attribution rules consult. All entries are lower
// case; lookups fold ASCII case.

import "strings"

// wordSet is a closed class of lower-case words. The sets that scanner.in
// consults most have a bit in classTable, which answers for all of them
// with one lookup per token.
type wordSet struct {
	words map[string]bool
	bit   uint64 // 0 for a set outside classTable
}

// has reports whether w is in the set; a nil set has no words.
func (ws *wordSet) has(w string) bool { return ws != nil && ws.words[w] }

// set builds a word set. Its words must be lower case: scanner.in, which
// folds a capitalised word, never looks one up as written.
func set(words ...string) *wordSet {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		if strings.ToLower(w) != w {
			panic("quote: word set entry " + w + " is not lower case")
		}
		m[w] = true
	}
	return &wordSet{words: m}
}

// classKnown marks a token's class mask as computed (see scanner.class);
// classIn marks one whose bits scanner.in reads: a word in lower case, or
// capitalised and folded, not an acronym ("US", "IT").
const (
	classKnown = 1 << 63
	classIn    = 1 << 62
)

// classTable gives, per word, the bits of the classed sets that hold it.
var classTable = classify(determiners, subjectPronouns, auxiliaries, relativeWords, preCue,
	irregularPasts, modals, functionWords, objectPronouns, capitalStops, timeWords, tailPreps,
	whWords, articles, numberWords, asides, nounPreps, leadClauses, clauseBreaks, verbsInS,
	subordinators, negators, months, days, mediaNouns, events, channelNouns, lyNouns, sourceNouns,
	reportNouns, gerundNouns)

// classify gives each set a bit, in order, and returns the table of them.
func classify(sets ...*wordSet) map[string]uint64 {
	if len(sets) > 62 {
		panic("quote: too many classed word sets")
	}
	t := make(map[string]uint64)
	for k, ws := range sets {
		ws.bit = 1 << k
		for w := range ws.words {
			t[w] |= ws.bit
		}
	}
	return t
}

var (
	// auxiliaries and adverbs that may stand between a source and its cue:
	// "Rubio has also said", "he would later say", "she did not say".
	preCue = set("has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may",
		"might", "must", "did", "does", "do", "is", "was", "were", "are", "been", "be", "also", "later", "then",
		"again", "earlier", "once", "previously", "recently", "repeatedly", "publicly", "privately",
		"reportedly", "just", "only", "even", "flatly", "quickly", "first", "often", "frequently", "always",
		"never", "not", "n't", "now", "still", "further", "simply", "initially", "subsequently", "separately",
		"similarly", "likewise", "specifically", "explicitly", "openly", "angrily", "bluntly", "firmly",
		"famously", "memorably", "reportedly", "allegedly", "apparently", "already", "ultimately", "finally",
		"herself", "himself", "themselves", "itself", "didn't", "didn’t", "doesn't", "doesn’t", "don't",
		"don’t", "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t", "won't", "won’t",
		"wouldn't", "wouldn’t", "has’t", "reiterated", "long", "since")

	// negators among preCue.
	negators = set("not", "never", "n't", "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t",
		"hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t", "won't", "won’t", "wouldn't", "wouldn’t")

	// auxiliaries that license a bare verb as a cue: "officials will say".
	modals = set("will", "would", "shall", "should", "can", "could", "may", "might", "must", "did", "does",
		"do", "to", "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "won't", "won’t",
		"wouldn't", "wouldn’t", "not", "never", "also", "i", "we", "you", "they")

	// subject pronouns: a whole source mention on their own.
	subjectPronouns = set("he", "she", "they", "we", "i", "it", "you", "who", "which", "this", "that")

	// determiners and possessive pronouns start a noun phrase.
	determiners = set("the", "a", "an", "another", "his", "her", "their", "its", "our", "my", "your",
		"this", "these", "those", "some", "many", "several", "both", "each", "every", "one", "two", "three",
		"four", "five", "most", "few", "other", "all", "no", "any", "such", "more", "numerous", "multiple")

	// function words never inside a source mention (except "of", "for",
	// "and" in the places nounPhrase allows them).
	functionWords = set("and", "or", "but", "nor", "so", "yet", "as", "if", "when", "while", "whereas",
		"because", "since", "although", "though", "after", "before", "until", "unless", "that", "which",
		"who", "whom", "whose", "what", "where", "why", "how", "in", "on", "at", "to", "from", "by", "with",
		"about", "into", "onto", "over", "under", "between", "against", "during", "without", "within",
		"through", "throughout", "than", "then", "there", "here", "not", "no", "also", "is", "was", "were",
		"are", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may", "might",
		"must", "shall", "should", "do", "does", "did", "it", "he", "she", "they", "we", "i", "you",
		"him", "them", "me", "us", "said", "says", "say", "according", "however", "meanwhile", "instead",
		"also", "even", "just", "only", "still", "now", "today", "yesterday", "tomorrow", "tonight",
		"speaking", "asked", "told", "very", "too", "of", "for", "like", "unlike", "despite", "amid",
		"among", "toward", "towards", "upon", "via", "per", "off", "out", "up", "down", "around", "last",
		"next", "ago", "please", "yes", "yeah", "well", "oh", "let", "let's", "let’s")

	// prepositions that may join a title to its organisation inside a
	// mention: "Secretary of State", "a spokesman for the campaign".
	nounPreps = set("of", "for", "at", "with", "from", "to", "in")

	// words that start a relative clause after a source: "Lavrov, who ...,".
	relativeWords = set("who", "whose", "whom", "which")

	// -ing forms of cues that are nouns after a determiner: "said the
	// ruling", "the court filing says".
	gerundNouns = set("ruling", "filing", "briefing", "finding")

	// reporting verbs whose -s form is also a plural noun ("claims",
	// "calls"), and the words after which that form is the noun.
	nounVerbs = set("claim", "report", "comment", "call", "charge", "attack", "question", "tweet", "note",
		"answer", "remark", "post", "promise", "demand", "reply", "quote", "estimate", "guess", "hope",
		"fear", "worry", "order", "request", "appeal", "pledge", "vow", "counter", "challenge", "praise",
		"blame", "joke", "laugh", "cry", "shout", "whisper", "protest", "mock", "object", "point", "brief",
		"detail", "outline", "state", "show", "find", "rule", "read", "sigh", "snap", "welcome", "threaten")
	nounFollowers = set("of", "about", "as", "in", "on", "for", "from", "against", "by", "over", "with",
		"were", "are", "have", "had", "and", "or", "is", "was", "to", "at", "into", "made", "came")

	// verbs whose first object is always the addressee: "told reporters".
	tellVerbs = set("tell", "inform", "remind", "assure", "reassure", "brief", "notify")

	// verbs of plain speech, whose subject speaks however far before them:
	// "Rich Ortiz, a farmer who has run the co-op since 2008, said".
	speechVerbs = set("say", "tell", "add", "write", "explain", "argue", "note", "insist", "warn", "claim",
		"announce", "declare", "respond", "reply", "continue", "ask", "acknowledge", "admit", "stress")

	// where words are said or published: "in a statement", "on Twitter".
	channelNouns = set("statement", "statements", "interview", "interviews", "post", "posts", "tweet", "tweets",
		"twitter", "facebook", "broadcast", "speech", "op-ed", "email", "e-mail", "letter", "release", "appearance")

	// words after a comma that start the writer's own adjunct to reported
	// words: "..., despite ...", "..., given that ...", "..., where ...".
	commaBreaks = set("despite", "as", "given", "since", "before", "after", "where", "rather", "although", "though",
		"because", "unless", "whereas")

	// particles and prepositions that belong to a verb: "went after",
	// "talked about", "called for".
	verbParticles = set("about", "after", "for", "on", "against", "at", "up", "over", "with", "of")

	// verbs whose cue takes an addressee: "told reporters", "assured allies".
	addresseeVerbs = set("tell", "inform", "remind", "assure", "reassure", "brief", "warn", "urge",
		"ask", "advise", "caution", "promise", "instruct", "order", "write", "email", "encourage")

	// prepositions that begin a channel or time phrase after a cue: "said in
	// a statement", "told reporters on Tuesday", "said at a briefing".
	tailPreps = set("in", "on", "at", "to", "during", "after", "before", "from", "via", "through", "with",
		"outside", "inside", "near", "late", "early", "while", "following", "ahead")

	// time words that may follow a cue on their own: "said Monday".
	timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"yesterday", "today", "tonight", "earlier", "later", "recently", "again", "afterward",
		"afterwards", "last", "this", "next", "week", "month", "year", "morning", "afternoon", "evening",
		"night", "weekend", "then", "previously", "also", "once", "too", "here", "there", "repeatedly",
		"publicly", "privately", "separately", "bluntly", "flatly", "simply", "recently", "ago", "before",
		"firmly", "proudly", "angrily", "calmly", "quietly", "loudly", "plainly", "frankly", "candidly",
		"confidently", "emphatically", "sarcastically", "jokingly", "defiantly", "bitterly", "softly")

	// capitalised words that open sentences but never names.
	capitalStops = set("but", "and", "or", "so", "yet", "after", "before", "when", "while", "if", "as",
		"although", "though", "because", "since", "in", "on", "at", "for", "from", "with", "by", "to",
		"then", "also", "however", "meanwhile", "still", "now", "instead", "indeed", "yes", "no", "the",
		"a", "an", "speaking", "asked", "according", "during", "despite", "unlike", "like", "until",
		"once", "here", "there", "this", "that", "these", "those", "it", "what", "why", "how", "where",
		"later", "earlier", "last", "today", "yesterday", "asked", "well", "oh", "said", "says", "read",
		"moreover", "furthermore", "nevertheless", "besides", "thus", "hence", "overall", "similarly",
		"please", "let", "note", "see", "read", "click", "follow", "watch")

	// capital stops that may stand inside a name or a title between two
	// capitalised words: "Morning This Week", "Face The Nation".
	nameStops = set("this", "that", "the", "now", "today", "tonight", "here", "there")

	// words after a mixed quote's content that start a new clause.
	clauseBreaks = set("while", "whereas", "adding", "saying", "noting", "according", "explaining",
		"arguing", "insisting", "stressing", "warning", "claiming", "calling", "citing", "who", "which")

	// common verbs ending in s, which are no plural subject before a bare
	// reporting verb ("gives credit").
	verbsInS = set("gives", "makes", "takes", "gets", "has", "does", "is", "was", "goes", "comes", "seems",
		"wants", "needs", "keeps", "puts", "sets", "lets", "runs", "sees", "knows", "thinks", "looks")

	// irregular past tenses, which end a mention as verbs do.
	irregularPasts = set("took", "made", "gave", "went", "came", "got", "put", "sent", "held", "left", "kept",
		"met", "ran", "saw", "won", "lost", "paid", "brought", "bought", "began", "became", "chose", "drove",
		"fell", "felt", "fought", "flew", "forgot", "grew", "hung", "hid", "knew", "led", "meant", "rode",
		"rose", "sat", "shook", "shot", "sold", "spent", "stood", "stole", "struck", "taught", "tore", "threw",
		"understood", "woke", "wore", "sought", "built", "caught", "heard", "broke", "dealt", "drew", "fed",
		"forgave", "hit", "let", "lent", "quit", "cast", "set", "cut", "spread", "shut", "upset", "sank", "slid", "spun", "stuck", "swept", "swung", "wept",
		// and participles that follow a mention: "the port chief known as Rick"
		"known", "shown", "given", "taken", "seen", "written", "chosen", "grown", "drawn", "driven",
		"spoken", "thrown", "beaten", "hidden", "stolen", "sworn", "done", "gone")

	// articles and possessives: after them a verb form is a noun ("the
	// report", "his claims"); after a quantifier it is a verb ("Some
	// chanted").
	articles = set("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that")

	// words that open a subordinate clause at the start of a sentence:
	// "After the meeting ended, Hale said".
	subordinators = set("after", "before", "when", "while", "as", "since", "if", "although", "though",
		"because", "once", "until", "whenever", "whether")

	// finite auxiliaries: after a noun phrase they make it a subject.
	auxiliaries = set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
		"should", "may", "might", "must", "did", "does", "do")

	// reporting verbs that take an object after them, and so do not invert
	// with their speaker the way "said Lavrov" does.
	objectVerbs = set("tell", "call", "describe", "cite", "quote", "show", "find", "rule", "learn", "label",
		"dub", "portray", "term", "brand", "refer", "mention", "inform", "brief", "remind", "relay",
		"convey", "post", "highlight", "detail", "outline", "reveal", "disclose", "urge", "encourage",
		"order", "instruct", "advise", "recommend", "request", "demand", "propose", "promise", "pledge",
		"thank", "praise", "blame", "accuse", "criticize", "criticise", "attack", "condemn", "welcome")

	// words for works whose titles follow them: the show “The Night Shift”.
	mediaNouns = set("show", "series", "book", "memoir", "novel", "podcast", "film", "movie", "documentary",
		"album", "song", "episode", "musical", "play", "sitcom", "magazine", "newsletter", "column", "blog")

	// roles in making a work, after its title and before a name:
	// “Morning Desk” host Dana Diaz.
	workRoles = set("host", "co-host", "cohost", "anchor", "co-anchor", "correspondent", "star", "creator",
		"producer", "author", "moderator", "columnist", "panelist", "narrator", "director", "writer")

	// lower-case words inside a title-case name: “Voice of the Nation”.
	titleSmallWords = set("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by")

	// nouns that name what is said, announced before a colon with no
	// reporting verb: "issued this short statement:".
	statementNouns = set("statement", "statements", "message", "remarks", "words", "response", "reply",
		"explanation", "warning", "answer", "verdict", "tweet", "post", "note", "comment", "comments")

	// nouns that name a report whose clause follows with "that": her
	// remark that ..., Ortiz’s claim that ...
	reportNouns = set("remark", "remarks", "claim", "claims", "warning", "assertion", "insistence",
		"suggestion", "argument", "contention", "accusation", "allegation", "promise", "pledge", "vow",
		"statement", "comment", "comments", "admission", "prediction", "charge", "boast", "threat")

	// nouns for a crowd's words before "of" and a quotation.
	chantNouns = set("chant", "chants", "cries", "cry", "shouts", "calls", "cheers", "chorus", "choruses")

	// words that open an embedded question: "told reporters how ...".
	whWords = set("how", "why", "what", "whether", "if", "when", "where", "who")

	// one-word asides between a mention and its cue: "Morrow, meanwhile, told".
	asides = set("meanwhile", "however", "too", "though", "also", "then", "instead", "nevertheless",
		"separately", "later", "earlier", "moreover", "furthermore", "likewise", "similarly", "therefore")

	// words that introduce a title, not speech: the spot, titled “Stubborn”.
	namingWords = set("titled", "entitled", "dubbed", "nicknamed", "named", "headlined", "headed",
		"captioned", "subtitled", "branded", "labelled", "labeled", "reading", "marked", "stamped")

	// words that go on with a sentence a quotation broke off, after its
	// attribution: “Only you, Daniel,” she said, would pick ...
	continuers = set("would", "will", "could", "can", "should", "must", "may", "might", "is", "are",
		"was", "were", "has", "have", "had", "that", "to")

	// reporting verbs whose object right before a quotation is a thing
	// named by it, not words: accepted “about $40,000”.
	thingVerbs = set("accept", "find", "learn", "rule", "charge", "shoot", "fire")

	// -ly words that are nouns or adjectives inside a mention.
	lyNouns = set("ally", "early", "family", "rally", "july", "italy", "assembly", "supply", "daily",
		"weekly", "monthly", "quarterly", "elderly", "likely", "bully", "anomaly", "monopoly", "sally")

	// lower-case heads of source mentions: people, groups and documents.
	sourceNouns = set("official", "source", "spokesman", "spokeswoman", "spokesperson", "aide",
		"adviser", "advisor", "minister", "president", "secretary", "senator", "governor", "mayor",
		"chairman", "chairwoman", "chair", "chief", "head", "director", "envoy", "ambassador",
		"diplomat", "candidate", "nominee", "campaign", "committee", "commission", "agency", "department",
		"ministry", "government", "administration", "court", "judge", "survey", "poll", "study", "report",
		"statement", "document", "documents", "letter", "memo", "ad", "website", "network", "newspaper",
		"paper", "group", "organization", "organisation", "team", "office", "company", "firm", "council",
		"board", "panel", "party", "police", "military", "army", "union", "coalition", "analysis",
		"lawsuit", "complaint", "filing", "indictment", "release", "transcript", "tweet", "post", "video",
		"book", "article", "editorial", "column", "story", "piece", "source", "witness", "expert",
		"analyst", "economist", "scientist", "historian", "professor", "lawyer", "attorney", "counsel",
		"leader", "member", "staff", "staffer", "family", "wife", "husband", "son", "daughter",
		"mother", "father", "friend", "colleague", "partner", "man", "woman", "person", "people",
		"headline", "sign", "signs", "banner", "caption", "slogan", "poster", "placard", "billboard", "petition",
		"boy", "girl", "child", "kid", "neighbor", "neighbour", "pastor", "priest", "crowd", "audience",
		"resident", "student", "teacher", "doctor", "nurse", "officer", "detective", "investigator",
		"prosecutor", "representative", "lawmaker", "legislator", "congressman", "congresswoman",
		"politician", "strategist", "pollster", "consultant", "activist", "advocate", "critic",
		"supporter", "opponent", "voter", "citizen", "executive", "ceo", "founder", "owner", "host",
		"anchor", "reporter", "journalist", "editor", "correspondent", "commentator", "narrator",
		"announcer", "spokesmen", "everyone", "someone", "somebody", "nobody", "anyone", "anybody",
		"insider", "insiders", "camp", "white", "house", "kremlin", "pentagon", "fbi", "cia", "irs",
		"data", "figures", "research", "researchers", "polling", "guidance", "memoir", "interview",
		"speech", "clip", "footage", "message", "note", "email", "e-mail", "text", "website", "blog",
		"site", "account", "page", "feed", "channel", "show", "program", "programme", "broadcast",
		"mogul", "surgeon", "neurosurgeon", "billionaire", "tycoon", "magnate", "celebrity", "star",
		"state", "half", "third", "quarter", "percent", "majority", "minority", "plurality", "respondents",
		"official", "secretariat", "bureau", "regulator", "watchdog", "inspector", "auditor", "auditors",
		"suit", "passage", "ruling", "pitch", "manual", "playbook", "tabloid", "magazine", "journal",
		"outlet", "publication", "broadcaster", "airline", "bank", "university", "foundation", "association",
		"institute", "legislature", "leadership", "media", "ally", "rival", "delegate", "veteran", "actress",
		"pundit", "operative", "clerk", "county", "city", "town", "village", "township", "district", "province",
		"school", "hospital", "authority", "corporation", "senate", "general")
)

// agentSuffixes end nouns for people who speak: narrator, announcer,
// economist, politician, spokesman.
var agentSuffixes = []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman", "men", "person", "ee", "-old"}
