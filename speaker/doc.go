// Package speaker decides who said each quote the quote package finds:
// it recognises the people, organisations and sources a text mentions,
// clusters their mentions into speakers, and resolves every quote's source
// mention — a name, a surname, a role, a pronoun — to one or more of them.
//
//	US Secretary of State Marco Rubio said ... And Rubio said ...
//	He also stressed ...
//
// are three attributions to one [Speaker], "Marco Rubio", with the role
// Secretary of State (affiliation US), decided by name ([Named]), by
// surname ([Surname]) and by pronoun ([Pronoun]).
//
// # Mentions
//
// No statistical model is used. A mention is a run of capitalised words
// with the titles and modifiers before it ("Putin aide Yuri Ushakov",
// "special envoy Steve Witkoff"), an honorific ("Mrs. Hale") or an
// apposition after or before it ("Sergei Lavrov, Russia's foreign
// minister"); names after a preposition inside a source phrase ("a
// spokesman for the United Dock Workers") are mentions too, and so is
// the title of a work, quoted after a noun for one ("her documentary
// “Dunes”") or after "entitled". They are
// read against embedded lists of titles and offices,
// nationalities, nouns for organisations, unnamed sources and documents,
// and common given names. A mention is parsed into a name, a [Role]
// (title and affiliation, a nationality given as its country) and a
// [Type]: person, organisation ("the Kremlin", "the ministry"), anonymous
// ("a senior official", "sources"), document ("a statement", "The New York
// Post") or unknown. An age before a name ("82-year-old") is no part of
// it; in a title-case headline a name starts after the last "And"; a name
// with an organisation's noun apposed to it ("Brightco, the parent company
// of Lumen") is an organisation's; a source that is "everyone" or
// "someone" is anonymous; a party or nationality before a plural noun of
// unnamed people is part of that group ("Democratic superdelegates").
//
// # Resolution
//
// Full names are clustered first; a surname, a given name, an honorific
// or a title with a surname joins the person of that name (when several
// share it, the one whose gender fits and who was introduced first; names
// with an honorific or gendered title are clustered before the others; a
// single name that matches none and misspells by one letter the surname
// of one person named shortly before, "Pruett" for Darla Pruitt, joins
// that person, and so does a full name whose given name misspells that of
// a person of the same surname, "Hilary Dunn", or is its common short
// form, "Sandy" for Sandra; a nationality that is
// the surname of a person named in full, "Irish" of Tom Irish, is that
// person, not a country; else a capital or nationality named alone,
// "Beijing", is its country, China, unless a noun follows it, "the
// Kazakh government"). A role nominal ("the Russian foreign minister", "the president") resolves
// only when exactly one person in the document holds the role (a former
// or vice president does not hold "president"), or when of several
// holders one was mentioned last before it and no other in the six
// sentences before it. A source that is a bare office no one named holds
// ("the candidate", not "the union leader" or "the man") is the person a "he"
// or "she" there would be, when that person is named in its sentence or
// the one before, outside quotes and with no unnamed one ("a company
// official") nearer, and shown to be a person. A plural role nominal ("the
// senators") resolves to all who hold it, and one no one named holds
// ("retired generals and admirals") is an anonymous group. "Her husband"
// and "his wife" are the one other person of the surname and sex that
// fit.
//
// "He" and "she" in a sentence's opening phrase ("In his bill, Morrow
// said") are the person named just after its comma; else they resolve to
// an earlier person (not a plural) of that gender
// or of unknown gender, within six sentences (not counting those wholly
// inside a quote, nor a photo credit, "Jane Roe via Getty Images.", which
// names no one; not a name that alone in
// an earlier paragraph signs a letter), scored by sentence distance,
// subjecthood (a source, or the first mention of its sentence, a "he"
// there included), a gender
// known to fit and evidence of a person, with a mention inside a quote's
// content counting against. Gender comes from honorifics, gendered titles,
// common given names and the pronouns already resolved, sources or not; a
// pronoun inside a quote's content, which mostly speaks of someone other
// than the speaker ("“If he is pressed,” she said"), is left unresolved and
// gives no gender. When an unnamed "the woman" or "the man" of fitting
// sex scores best, the pronoun is that unnamed person and stays
// unresolved. In a headline, a "he" or "she" with no one before it
// resolves to the first person of fitting gender named below. "They"
// resolves to a coordinated source or pair of names ("Rubio and Waltz"),
// organisation, one-word name that shows nothing of a person and is no
// common given name ("Factwise",
// which it makes an organisation) or plural group ("officials"; all of
// "workers and retirees" when plurals are coordinated) in the
// sentences before it, and so does a lone quantifier source ("each",
// "all"), scored as "he" is, a coordination counting extra and a plural
// group a little; "it" to the
// most salient earlier organisation or document (or name that shows nothing
// of a person, which it makes an organisation), scored as "he" is without
// gender; "who" and "which" to the phrase before them (after a comma or
// dash; to the group that phrase renames, "superdelegates, the party
// elders who"; "who" also to a person a few words back, across an age or home
// town, but not to a name that modifies the noun before it, "a Rubio
// backer who", and it makes a name a person's; a "who" after "and" to the
// "who" before it); "I" outside quotes to the name
// that alone in a paragraph signs the piece after it (a letter to the
// editor; the name is then a person's), else to the writer an opinion piece's closing note names ("Jane
// Doe is a playwright ...").
//
// A single acronym ("IMF", "W.T.O.") joins the organisation earlier named
// by those initials. A definite organisation or outlet nominal whose head
// names a kind ("the agency", "the union", "the network") is the most
// recently mentioned named organisation of that kind (an agency,
// department or bureau; a union or association; any named outlet),
// preferring one whose name has the nominal's modifier ("the appeals
// court" is the Court of Appeals); "the state", "the country" and "the
// nation" are the place last named, "the bank", "the company", "the
// retailer" and "the tech giant" the organisation last named (or a bare
// name that opens the sentence before, "Norvale rose ..."), "the film", "the book" and "her
// account" the titled work last named. A nominal set off by a comma after a
// name is that name's ("Halvard Energy, another drilling company"; an
// office only a person's; not a source a verb follows, "of Hale, the
// campaign gains"). A
// nominal of two ("both men", "the two countries") is the two people, or
// organisations, most recently named outside quotes ("both women" two women; "both A and
// B" is no such nominal). A nominal led by a person's name or
// pronoun is that person's ("her campaign" is the Rubio campaign, "his
// surrogates" the Waltz surrogates). A nominal of a determiner and a
// head alone ("this poll", "the experts") is the fuller nominal of that
// head in the sentences before it ("the Meridian tracking poll", "tax
// experts"; a study the survey, poll or report before it), if any. A plural part of a whole is the whole: "many of his
// supporters" the Rubio supporters, "a majority of voters" voters, "most
// of whom" the antecedent of "whom" ("One of the candidates" is left
// alone). A
// nominal whose head no list knows ("the debate moderators") is a speaker
// of type unknown named as written, its spaces made plain, less a
// possessive ending ("The campaign’s" statement is the campaign's) and a
// participle that says when a document came out ("a poll released
// Thursday"). A quote without a source inherits the
// speakers of the quote before it when no more than four paragraphs lie
// between them ([Continuation]); a coordinated source ("Ushakov and Waltz
// said", "She and her husband") gives all its speakers. Each [Attribution] records the [Method]
// that decided it; one that could not be decided has no speakers and says
// why in Reason, so nothing is guessed silently.
//
// # Index
//
// [Doc].Speakers lists every person the text names and every speaker an
// attribution resolves to, in order of first mention, with their roles,
// mentions and quotes; [Doc.Find] looks one up by name or surname.
//
// # Offsets
//
// Every span is a half-open range of byte offsets into the text given to
// [Attribute], which is never modified. Invalid UTF-8 is input like any
// other.
//
// # Concurrency
//
// [Attribute] is safe for concurrent use by multiple goroutines; its
// embedded word lists are parsed once, on first use.
package speaker
