package record_test

import (
	"fmt"

	"github.com/hearsaynlp/hearsay/internal/offsets"
	"github.com/hearsaynlp/hearsay/internal/record"
	"github.com/hearsaynlp/hearsay/quote"
)

func Example() {
	a, err := record.ParseArticle([]byte(`{"id": "d1", "text": "“Zoë agreed,” he said."}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	ix := offsets.NewIndex(a.Text, offsets.Rune)
	for _, q := range quote.Extract(a.Text) {
		r, err := record.New(a.ID, a.Text, q, ix)
		if err != nil {
			fmt.Println(err)
			continue
		}
		line, _ := r.AppendJSON(nil)
		fmt.Println(string(line))
	}
	// Output:
	// {"doc":"d1","kind":"direct","span":[0,21],"content":[[0,13]],"cue":[17,21],"source":[14,16],"speaker":"","rule":"quote-source-cue","unclosed":false,"cue_lemma":"say","cue_class":"neutral","negated":false,"text":"“Zoë agreed,” he said","content_texts":["“Zoë agreed,”"],"cue_text":"said","source_text":"he"}
}
