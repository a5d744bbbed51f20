package quote

import (
	"fmt"
)

// Span is a half-open range [Start, End) of byte offsets into the original,
// unmodified text, so text[s.Start:s.End] is always the right slice. The zero
// Span means absent.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// IsZero reports whether s is the zero (absent) span.
func (s Span) IsZero() bool { return s == Span{} }

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Kind says how much of a reported content is verbatim.
type Kind uint8

const (
	// Direct: everything reported is inside quote marks.
	Direct Kind = iota + 1
	// Mixed: a reporting clause whose content is partly quoted.
	Mixed
	// Indirect: reported speech with no quote marks.
	Indirect
)

var kindNames = []string{Direct: "direct", Mixed: "mixed", Indirect: "indirect"}

// String returns the lower-case name of k ("direct", "mixed", "indirect").
func (k Kind) String() string { return enumString(kindNames, int(k), "kind") }

// MarshalText encodes k as its name.
func (k Kind) MarshalText() ([]byte, error) { return enumMarshal(kindNames, int(k), "kind") }

// UnmarshalText decodes a name written by [Kind.MarshalText].
func (k *Kind) UnmarshalText(b []byte) error {
	i, err := enumUnmarshal(kindNames, b, "kind")
	*k = Kind(i)
	return err
}

// Class is how a reporting verb frames what it reports. The stance package
// reads it: "denied" disputes its content, "confirmed" asserts it.
type Class uint8

const (
	Neutral   Class = iota + 1 // say, tell, add, note
	Assertive                  // insist, stress, confirm
	Tentative                  // claim, suggest, believe
	Dispute                    // deny, reject, criticize
	Endorse                    // agree, echo, praise
	Directive                  // urge, warn, promise
	Manner                     // whisper, shout, joke
	NoContent                  // decline, refuse: reports that nothing was said
)

var classNames = []string{
	Neutral: "neutral", Assertive: "assertive", Tentative: "tentative", Dispute: "dispute",
	Endorse: "endorse", Directive: "directive", Manner: "manner", NoContent: "no_content",
}

// String returns the class name as written in the cue lexicon ("neutral", "dispute", ...).
func (c Class) String() string { return enumString(classNames, int(c), "class") }

// MarshalText encodes c as its name.
func (c Class) MarshalText() ([]byte, error) { return enumMarshal(classNames, int(c), "class") }

// UnmarshalText decodes a name written by [Class.MarshalText].
func (c *Class) UnmarshalText(b []byte) error {
	i, err := enumUnmarshal(classNames, b, "class")
	*c = Class(i)
	return err
}

// Cue is the word or phrase that marks an attribution: "said", "told
// reporters", "according to", or the colon of `Lavrov said: “...”`.
type Cue struct {
	Span    Span   `json:"span"`
	Lemma   string `json:"lemma,omitempty"`   // "say" for "said"; empty for punctuation cues
	Class   Class  `json:"class,omitempty"`   // how the verb frames what it reports: neutral, dispute, ...
	Negated bool   `json:"negated,omitempty"` // "did not say"
	// Belief is set for verbs of thought rather than speech ("thinks",
	// "believes"); [Options.SpeechOnly] leaves such attributions out.
	Belief bool `json:"belief,omitempty"`
	// Addressee is who was told, inside the cue span: "reporters" in
	// "told reporters", "Russian television" in "told Russian
	// television". Zero when the cue names nobody.
	Addressee Span `json:"addressee,omitzero"`
	// Channel is the medium or occasion, inside the cue span: "a
	// statement" in "said in a statement", "Twitter" in "wrote on
	// Twitter". Zero when the cue names none.
	Channel Span `json:"channel,omitzero"`
}

// Quote is one attribution relation: what was said (Content), the cue that
// reports it and the source mention next to the cue. All spans are byte
// offsets into the text given to [Extractor.Extract].
type Quote struct {
	Kind Kind `json:"kind"` // direct, mixed or indirect
	// Span covers the whole attribution as it stands in the text: content,
	// cue and source.
	Span Span `json:"span"`
	// Content is what was said, quote marks included, in text order. It has
	// two or more pieces when the attribution interrupts the quote
	// (“We will not retreat,” Lavrov said, “never.”) or when following
	// quote paragraphs continue it.
	Content []Span `json:"content"`
	Cue     Cue    `json:"cue"` // its Span is zero when the text has no cue
	// Source is the mention of who said it, as written ("Putin aide Yuri
	// Ushakov", "He"). Zero when the text names no source.
	Source Span `json:"source"`
	// Rule names the layout that produced the quote, such as "quote-comma-source-cue".
	Rule string `json:"rule"`
	// Unclosed is set when a quote mark was never closed and the content was
	// cut at the end of its paragraph.
	Unclosed bool `json:"unclosed,omitempty"`
}

// enumString, enumMarshal and enumUnmarshal implement the text forms of
// the small integer enums (Kind, Class) from their name tables.
func enumString(names []string, i int, what string) string {
	if i > 0 && i < len(names) {
		return names[i]
	}
	return fmt.Sprintf("%s(%d)", what, i)
}

func enumMarshal(names []string, i int, what string) ([]byte, error) {
	if i > 0 && i < len(names) {
		return []byte(names[i]), nil
	}
	return nil, fmt.Errorf("quote: invalid %s %d", what, i)
}

func enumUnmarshal(names []string, b []byte, what string) (int, error) {
	for i, n := range names {
		if i > 0 && n == string(b) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("quote: unknown %s %q", what, b)
}
