// Package stance judges where speakers stand: the stance of a quote's
// content, framed by the verb that reports it, and the stance of a short
// text toward a target, with rules read from YAML files. A [Tracker]
// aggregates the results across documents over time.
//
// A [RuleSet] is compiled from one or more rule files ([Parse],
// [ParseFiles], [Load]); [Default] is the rule set for English news
// embedded in the module. [RuleSet.Quote] scores a quote found by package
// quote; [RuleSet.Toward] scores a headline or sentence toward a claim.
// Every [Result] explains itself: its label and score, whether it was
// hedged or negated, the target, whom the speaker aligns with, and every
// rule that fired with the file:line:col where the rule is written.
//
// # Scoring
//
// Text is split into tokens and each token is looked up once in a hash
// table of the lexicon's words; phrases of several words continue through
// a trie, and the longest phrase at each token wins. A term adds its
// weight to a raw score s, multiplied by a pending intensifier or
// dampener and by the factor of the last contrast word; a negator turns
// the terms within its window (in tokens) around, and a negator that
// turns nothing around ("Mayor Hale not arrested") adds the negators'
// weight instead. A contrast word multiplies the score before it by its
// "before" factor and what follows, up to the end of its sentence, by its
// "after" factor. Hedges mark the result Hedged and multiply s by the
// scoring "hedge" factor when s is positive: a hedge weakens what is
// asserted but not what is denied ("Ortiz says the man is not his
// brother" denies). A question ("Genuine or fake?") weakens both, unless
// words follow it that answer it ("What is happening in Riyadh? Striking
// images from the talks"). The score is s / (scale + |s|), in (-1, 1),
// and the label is the one whose range holds it.
//
// A word counts once. A word that is both a term and a frame ("rejects",
// "confirmed") acts as a frame wherever frames are read (in
// [RuleSet.Toward] and in a quote's attribution) and as a term only in
// quoted content, where a reporting verb is content: "Zelensky rejects
// any deal" is a denial, not a denial plus a negative word, while "“We
// reject the deal,” he said" is the negative word.
//
// [RuleSet.Quote] scores the content, then applies the frame of the cue:
// the frame whose key is the cue's lemma, or else the frame of the cue's
// class. A negate frame ("denied") turns the score around (or makes it
// the frame's negative weight when the content had none), a hedge frame
// ("claimed") hedges it, an affirm frame ("confirmed") gives neutral
// content the frame's weight, an align frame ("echoed", "agreed with")
// sets Aligns to the name that follows it, and a report frame ("said")
// changes nothing: a quote is a report already. The words of the
// attribution outside the content are read for hedges ("Peskov
// reportedly told reporters") and align frames ("Lavrov echoed Rubio's
// remarks and told reporters"), but the frame of a quote is its cue's:
// another reporting verb there reports something else and frames
// nothing, and the hedges after it, up to the cue, are part of what it
// reports. In "Rubio said the talks could fail, adding that ..." neither
// "said" nor "could" hedges what was added, and in "Zelensky rejected
// the plan, saying it was a disaster" "rejected" does not turn the
// disaster around. Inside quoted content a reporting verb is content,
// except that a report frame hedges what follows it, as a hedge does.
//
// [RuleSet.Toward] scores the whole text with every rule and adds the
// scoring "assert" score: a text that states something asserts it. Frames
// found in the text apply as they do to a cue: "Police deny Mayor Hale
// arrested" turns the assertion around, and a report frame hedges it
// ("Rubio says the talks were useful" only reports them).
//
// # Rule files
//
// A rule file is YAML with these top-level keys; schema, name and version
// are required, the rest optional:
//
//	schema: stance-rules/v1      # the only schema this package reads
//	name: news
//	version: 1.0.0
//	description: free text
//	labels:                      # score ranges [min, max) in [-1, 1]; together
//	  oppose: {max: -0.2}        # they must cover -1 to 1 without overlap
//	  neutral: {min: -0.2, max: 0.2}
//	  support: {min: 0.2}
//	scoring:
//	  assert: 0.5                # raw score of a plain statement (Toward), [-5, 5]
//	  hedge: 0.5                 # factor on hedged scores, [0, 1]
//	  scale: 1                   # score = s / (scale + |s|), [0.01, 100]
//	  negated: 1                 # factor on a negated term's weight, [0, 4]
//	negators:
//	  window: 4                  # tokens a negator reaches, 1 to 12
//	  weight: -1                 # raw score of a negator that negates no term
//	  words: [not, no, never]    # "n't" is read as "not"
//	intensifiers: {very: 1.5}    # factor on the next term, [1, 4]
//	dampeners: {slightly: 0.5}   # factor on the next term, [0, 1]
//	hedges: [reportedly, may, "it is unclear whether"]
//	questions: ["?"]             # hedges that weaken denials too, unless answered
//	contrasts:
//	  but: {before: 0.5, after: 1.5}   # factors, [0, 4]
//	terms:                       # weight in [-5, 5], or weight and forms
//	  constructive: 1
//	  accept: {weight: 1, forms: [accepts, accepted, accepting]}
//	frames:                      # reporting verbs: lemma -> effect, or effect,
//	  deny: {effect: negate, forms: [denies, denied]}   # weight and forms
//	  claim: hedge
//	  confirm: {effect: affirm, weight: 1}
//	  echo: {effect: align, forms: [echoed]}
//	  say: {effect: report, forms: [says, said]}
//	classes:                     # cue classes of package quote -> effect
//	  dispute: negate
//	attribution:
//	  tail: 3                    # Toward: a text ending in a colon and at most 3
//	                             # words ("...: Source") is attributed, so hedged
//	targets:                     # literal phrases or regular expressions
//	  summit: {literal: [summit, "leaders' meeting"], regexp: ['(?i)\bsummit\b']}
//
// Phrases are written as text and tokenised the way text is, case folded,
// at most 8 tokens; punctuation such as "?" is a token. Effects are
// negate, hedge, affirm, align and report. Regular expressions use the syntax of
// package regexp and are compiled once, when the file is loaded.
//
// When several files are combined, each extends the ones before it: its
// entries add to theirs and replace those with the same phrase in the
// same section, its labels replace theirs, its scoring settings override
// theirs. A user's file extends the defaults with
// ParseFiles(DefaultFile(), userFile).
//
// # Errors
//
// Loading never yields a half-built rule set. A file is decoded into YAML
// nodes and every node is checked; all the problems of all the files come
// back at once as an [ErrorList], sorted, each as file:line:col: message:
// unknown keys (with a suggestion), duplicate keys and phrases, wrong
// types, numbers out of range, bad regular expressions, label ranges that
// overlap or leave gaps, an unsupported schema. Each [Error] wraps a
// category such as [ErrUnknown] or [ErrRange] for [errors.Is].
//
// # Offsets
//
// Spans in [Fired] are half-open byte offsets into the text given to
// [RuleSet.Quote] or [RuleSet.Toward].
//
// # Concurrency
//
// A [RuleSet] is immutable and safe for concurrent use by multiple
// goroutines; so is a [Tracker]. Scoring runs in time linear in the
// length of the text and holds a bounded number of tokens at once, and it
// never fails: any bytes are valid text.
package stance
