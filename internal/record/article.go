package record

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// Article is one line of JSON Lines input: a document with its id and text.
type Article struct {
	// ID is the "id" string, or a numeric "id" kept as written ("7").
	ID string
	// Text is the decoded "text" string.
	Text string
	// Fields holds every key of the line, "id" and "text" included, as
	// undecoded JSON, for programs that read more keys (a "date").
	Fields map[string]json.RawMessage
}

// ErrNotObject is the category of the error [ParseArticle] returns for a
// line that is not a JSON object at all, such as a line of plain text:
// errors.Is(err, ErrNotObject) tells it from an object with a bad key.
var ErrNotObject = errors.New("not a JSON object")

// notObject is an [ErrNotObject] that says what the line is.
type notObject string

func (e notObject) Error() string        { return string(e) }
func (e notObject) Is(target error) bool { return target == ErrNotObject }

// ParseArticle decodes a JSON Lines input line. The line must be an object
// with a non-empty string (or number) "id" and a string "text"; keys are
// case-sensitive and other keys are kept in [Article.Fields]. The error
// says what is wrong in words meant to follow "FILE:LINE: "; it is an
// [ErrNotObject] when the line is not a JSON object at all.
func ParseArticle(line []byte) (Article, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return Article{}, notObject(fmt.Sprintf("line is a JSON %s, not an object", typeErr.Value))
		}
		return Article{}, notObject("invalid JSON: " + err.Error())
	}
	if obj == nil {
		return Article{}, notObject("line is JSON null, not an object")
	}
	a := Article{Fields: obj}
	rawID, ok := obj["id"]
	switch {
	case !ok:
		return Article{}, errors.New(`missing "id"`)
	case JSONKind(rawID) == "a string":
		if err := json.Unmarshal(rawID, &a.ID); err != nil {
			return Article{}, fmt.Errorf(`bad "id": %v`, err)
		}
		if a.ID == "" {
			return Article{}, errors.New(`empty "id"`)
		}
	case JSONKind(rawID) == "a number":
		a.ID = string(rawID)
	default:
		return Article{}, fmt.Errorf(`"id" is %s, not a string or number`, JSONKind(rawID))
	}
	rawText, ok := obj["text"]
	if !ok {
		return Article{}, errors.New(`missing "text"`)
	}
	if k := JSONKind(rawText); k != "a string" {
		return Article{}, fmt.Errorf(`"text" is %s, not a string`, k)
	}
	if err := json.Unmarshal(rawText, &a.Text); err != nil {
		return Article{}, fmt.Errorf(`bad "text": %v`, err)
	}
	return a, nil
}

// JSONKind names the kind of the valid JSON value v with an article ("a
// string", "an object", "null"), for error messages.
func JSONKind(v json.RawMessage) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return "empty"
	}
	switch v[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}
