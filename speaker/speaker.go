package speaker

import (
	"fmt"

	"github.com/hearsaynlp/hearsay/quote"
)

// Type says what kind of speaker a mention denotes.
type Type uint8

const (
	// Unknown: the kind of speaker could not be told.
	Unknown Type = iota
	// Person: a named person ("Sergei Lavrov") or a person known only by a role.
	Person
	// Organisation: a government, body or company ("the Kremlin", "the ministry").
	Organisation
	// Anonymous: an unnamed source ("a senior official", "sources").
	Anonymous
	// Document: a statement, report or news outlet ("a statement", "The New York Post").
	Document
)

var typeNames = []string{Unknown: "unknown", Person: "person", Organisation: "organisation", Anonymous: "anonymous", Document: "document"}

// String returns the lower-case name of t ("person", "organisation", ...).
func (t Type) String() string { return enumString(typeNames, int(t), "type") }

// MarshalText encodes t as its name.
func (t Type) MarshalText() ([]byte, error) { return enumMarshal(typeNames, int(t), "type") }

// UnmarshalText decodes a name written by [Type.MarshalText].
func (t *Type) UnmarshalText(b []byte) error {
	i, err := enumUnmarshal(typeNames, b, "type")
	if err == nil {
		*t = Type(i)
	}
	return err
}

// Method says how the speakers of an [Attribution] were decided, from the
// most to the least direct evidence. Users filter on it for confidence.
type Method uint8

const (
	// None: no speaker was decided; [Attribution].Reason says why.
	None Method = iota
	// Named: the source names its speaker in full ("Sergei Lavrov"), or is
	// an organisation, document or anonymous source taken as written.
	Named
	// Surname: the source is part of a name given in full elsewhere in the
	// document ("Lavrov", "Mrs. Clinton", "Secretary Rubio").
	Surname
	// ByRole: the source is a role ("the Russian foreign minister") that
	// exactly one known person in the document holds. Its text form is
	// "role" (the name Role is the type of a speaker's role).
	ByRole
	// Pronoun: the source is a pronoun resolved to an earlier speaker.
	Pronoun
	// Continuation: the quote has no source of its own and goes on from the
	// attribution before it.
	Continuation
)

var methodNames = []string{None: "none", Named: "named", Surname: "surname", ByRole: "role", Pronoun: "pronoun", Continuation: "continuation"}

// String returns the lower-case name of m ("named", "pronoun", ...).
func (m Method) String() string { return enumString(methodNames, int(m), "method") }

// MarshalText encodes m as its name.
func (m Method) MarshalText() ([]byte, error) { return enumMarshal(methodNames, int(m), "method") }

// UnmarshalText decodes a name written by [Method.MarshalText].
func (m *Method) UnmarshalText(b []byte) error {
	i, err := enumUnmarshal(methodNames, b, "method")
	if err == nil {
		*m = Method(i)
	}
	return err
}

// Role is an office or function a speaker holds, as the text gives it:
// Title "Secretary of State" with Affiliation "US"; Title "aide" with
// Affiliation "Putin". Nationality adjectives are given as the country
// ("Russian" becomes "Russia").
type Role struct {
	Title       string `json:"title"`                 // the office, as the text gives it
	Affiliation string `json:"affiliation,omitempty"` // whose office it is; empty when the text does not say
}

// Speaker is one person, organisation or source of a document, with every
// mention of it.
type Speaker struct {
	// Name is the canonical name: the fullest name the document gives a
	// person ("Sergei Lavrov"), or an organisation, document or anonymous
	// source as written, with a leading "The" lower-cased ("the Kremlin").
	Name  string `json:"name"`
	Type  Type   `json:"type"`            // person, organisation, anonymous, document or unknown
	Roles []Role `json:"roles,omitempty"` // the offices the text gives the speaker
	// Mentions are the byte spans of every mention of the speaker in the
	// text, sorted: names, surnames, roles and resolved pronouns.
	Mentions []quote.Span `json:"mentions"`
	// Quotes are indexes into [Doc].Attributions, in order.
	Quotes []int `json:"quotes,omitempty"`
}

// Attribution is a quote with the speakers it is attributed to.
type Attribution struct {
	Quote quote.Quote `json:"quote"`
	// Speakers are indexes into [Doc].Speakers: several for a coordinated
	// source ("Ushakov and Waltz said"), none when unresolved.
	Speakers []int  `json:"speakers"`
	Method   Method `json:"method"` // how the speakers were decided; None when unresolved
	// Reason says why the attribution is unresolved, when Speakers is empty.
	Reason string `json:"reason,omitempty"`
}

// Doc is the speaker index of one document: its speakers and its
// attributions, each pointing into the other.
type Doc struct {
	Speakers     []Speaker     `json:"speakers"`     // what [Attribution].Speakers index
	Attributions []Attribution `json:"attributions"` // one per quote given, in the same order
}

func enumString(names []string, i int, what string) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return fmt.Sprintf("%s(%d)", what, i)
}

func enumMarshal(names []string, i int, what string) ([]byte, error) {
	if i >= 0 && i < len(names) {
		return []byte(names[i]), nil
	}
	return nil, fmt.Errorf("speaker: invalid %s %d", what, i)
}

func enumUnmarshal(names []string, b []byte, what string) (int, error) {
	for i, n := range names {
		if n == string(b) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("speaker: unknown %s %q", what, b)
}
