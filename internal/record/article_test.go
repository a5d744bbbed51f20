package record

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseArticle(t *testing.T) {
	tests := []struct {
		name    string
		line    string
		id      string
		text    string
		wantErr string
	}{
		{name: "plain", line: `{"id": "a", "text": "first"}`, id: "a", text: "first"},
		{name: "other keys kept", line: `{"id": "a", "text": "t", "date": "2025-02-18"}`, id: "a", text: "t"},
		{name: "numeric id kept as written", line: `{"id": 7.50, "text": "x"}`, id: "7.50", text: "x"},
		{name: "escapes decoded", line: `{"id": "e", "text": "\u201cHi\u201d\n"}`, id: "e", text: "“Hi”\n"},
		{name: "truncated", line: `{"id": "b", "text": `, wantErr: "invalid JSON: unexpected end of JSON input"},
		{name: "no text", line: `{"id": "c"}`, wantErr: `missing "text"`},
		{name: "text a number", line: `{"id": "d", "text": 42}`, wantErr: `"text" is a number, not a string`},
		{name: "no id", line: `{"text": "x"}`, wantErr: `missing "id"`},
		{name: "array", line: `["id", "text"]`, wantErr: "line is a JSON array, not an object"},
		{name: "null", line: `null`, wantErr: "line is JSON null, not an object"},
		{name: "id null", line: `{"id": null, "text": "x"}`, wantErr: `"id" is null, not a string or number`},
		{name: "id empty", line: `{"id": "", "text": "x"}`, wantErr: `empty "id"`},
		{name: "id an object", line: `{"id": {}, "text": "x"}`, wantErr: `"id" is an object, not a string or number`},
		{name: "keys are case-sensitive", line: `{"ID": "f", "Text": "x"}`, wantErr: `missing "id"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseArticle([]byte(tt.line))
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if diff := cmp.Diff(tt.wantErr, gotErr); diff != "" {
				t.Fatalf("error mismatch (-want +got):\n%s", diff)
			}
			if err != nil {
				return
			}
			if a.ID != tt.id || a.Text != tt.text {
				t.Errorf("ParseArticle = id %q text %q; want id %q text %q", a.ID, a.Text, tt.id, tt.text)
			}
			var all map[string]json.RawMessage
			if err := json.Unmarshal([]byte(tt.line), &all); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(all, a.Fields); diff != "" {
				t.Errorf("Fields mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
