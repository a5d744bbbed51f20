// Package quote finds what was said in English news text and the words
// around it: each direct quotation, each partly quoted ("mixed") report,
// the cue that reports it and the mention of its source.
//
//	“We will not retreat,” Lavrov said, “never.”
//
// gives one [Direct] quote with two content pieces, the cue "said" and the
// source "Lavrov". In
//
//	Ushakov told Russian television that a meeting was “unlikely”.
//
// the content "that a meeting was “unlikely”" is [Mixed]: a reporting
// clause whose content is partly quoted. Quoted words with no speech around
// them (scare quotes, titles, a “Do Not Sell” button) are not quotes.
//
// # Offsets
//
// Every [Span] is a half-open range of byte offsets into the text passed to
// [Extractor.Extract], which is never modified: text[s.Start:s.End] is the
// piece. Invalid UTF-8 is input like any other; offsets stay byte-exact.
// Programs that hand results to Python or JavaScript convert offsets at the
// edge (see examples/attribute).
//
// # Quotation marks
//
// Straight and curly double and single quotes, « », » «, „ “, ‚ ‘ and ‹ ›
// are recognised, and pairs damaged in editing (“...") still pair. Marks
// pair by family and nesting depth, with the shape of the mark and the
// space around it deciding whether it opens or closes, so apostrophes
// (Rubio’s, won’t, the envoys’ visit, ’90s) are told from closing quotes. A
// quotation left open is closed at the end of its paragraph and marked
// [Quote].Unclosed; one that goes on into a paragraph opening with a mark
// again is one quote.
//
// # Rules
//
// Each quote records in [Quote].Rule the layout that produced it:
//
//	source-cue-quote       Lavrov said: “Q” · He added “Q” · Said Lavrov, “Q”
//	quote-source-cue       “Q,” Lavrov said. · “Q” the minister said.
//	quote-cue-source       “Q,” said Lavrov. · “Q,” according to officials.
//	mixed-quote-source-cue A lead-in, “Q,” he said. · “Q” goes on, he said.
//	mixed-quote-cue-source A lead-in, “Q,” said Lavrov.
//	source-cue-mixed       Ushakov told Russian television that a meeting was “unlikely”
//	                       · her remark that “the door is still open” (a report noun)
//	                       · The talks, Lavrov said, were “useful” (the words before the
//	                       attribution are a first piece)
//	source-colon-quote     Lavrov: “Q” · Lavrov issued a statement: “Q”
//	source-colon-mixed     Rubio: ‘Q’ has no place at the table (a headline)
//	transcript             "HALE: Well, look, ..." inside a quoted transcript
//	quote-dash-source      “Q” ― Anne Morrow · “Q” ⏎ - Ortiz. (signed in the next paragraph)
//	source-cue-colon-paragraph
//	                       Morrow continued: ⏎ "Q ..." (the quote opens the next paragraph)
//	                       · Ushakov issued this short statement: ⏎ “Q”
//
//	indirect-source-cue    Lavrov said the talks were useful.       (Options.Indirect)
//	indirect-content-source-cue  The talks were useful, Lavrov said.
//	indirect-content-cue-source  The talks were useful, said Lavrov.
//	indirect-according-to  According to the Kremlin, the talks were useful.
//	indirect-as-reported   As the Post reported, the talks were useful. · ..., as reported by X.
//	indirect-passive       The sale was first reported by the Courier. (content: the subject)
//	indirect-asked         Asked whether he was misled, Waltz said no. (no source)
//	indirect-headline      Lavrov Says Riyadh Talks Will Ease Fears · ..., Former Aide Says
//	indirect-nested        a fair deal, which I said was not a surrender
//	                       · a bill which critics said was unfair
//	                       (inside another report's words; content "which" + the rest)
//
// The same five layouts with "mixed" for "indirect" (mixed-source-cue, ...)
// are reports whose clause holds a quotation no layout above attributed;
// they are found with or without [Options].Indirect.
//
// Reported speech without quote marks ([Indirect]) is found only when
// [Options].Indirect is set: it is slower and less accurate than direct and
// mixed quotes for now. Its content runs from the complementizer ("that")
// or the object to the end of the clause, not past another attribution, a
// comma and a new clause or "but"; a cue that usually takes a noun phrase
// ("attacked Hale in late-night posts") reports the noun phrase. The
// cue span takes in particles, addressees and channels ("told reporters",
// "said in a statement", "spoke about"), recorded in [Cue].Addressee and
// [Cue].Channel; "declined to" and "refused to" report a refusal (class
// no_content).
//
// # The cue lexicon
//
// Cues come from an embedded lexicon of reporting verbs with every
// inflection and a framing [Class]. Verbs of belief ("thinks") give quotes
// with [Cue].Belief set, which [Options].SpeechOnly leaves out. Verbs such
// as "found" and "spoke" report unquoted words only through "that" or a
// topic ("spoke about"). [Options].AddCues and [Options].RemoveCues edit
// the lexicon, and [Options.Check] reports every invalid edit.
//
// A quote paragraph with no cue right after an attributed quote continues
// it (news convention: same speaker): it becomes a further content piece of
// that quote, whose Rule then ends in "+continuation".
//
// # Concurrency
//
// An [Extractor] is immutable once built and safe for concurrent use by
// multiple goroutines; [Extract] uses a default one built on first use.
package quote
