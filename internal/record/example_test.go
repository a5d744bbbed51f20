package record_test

import (
	"fmt"

	"github.com/hearsaynlp/hearsay/internal/offsets"
	"github.com/hearsaynlp/hearsay/internal/pipeline"
	"github.com/hearsaynlp/hearsay/internal/record"
)

func Example() {
	a, err := record.ParseArticle([]byte(`{"id": "d1", "text": "Senator Anna Berg spoke. “We land at noon,” she said."}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	res := pipeline.New(pipeline.Options{}).Run(a.Text)
	recs, errs := record.FromPipeline(a.ID, a.Text, &res, offsets.NewIndex(a.Text, offsets.Rune))
	for _, err := range errs {
		fmt.Println(err)
	}
	for _, r := range recs {
		line, _ := r.AppendJSON(nil)
		fmt.Println(string(line))
	}
	// Output:
	// {"doc":"d1","kind":"direct","span":[25,52],"content":[[25,43]],"cue":[48,52],"source":[44,47],"speaker":"Anna Berg","speaker_type":"person","speaker_method":"pronoun","rule":"quote-source-cue","unclosed":false,"cue_lemma":"say","cue_class":"neutral","negated":false,"belief":false,"addressee":null,"channel":null,"text":"“We land at noon,” she said","content_texts":["“We land at noon,”"],"cue_text":"said","source_text":"she","addressee_text":null,"channel_text":null,"stance":{"label":"neutral","score":0,"hedged":false,"negated":false,"rules":[]}}
}
