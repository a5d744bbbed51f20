package polnear

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/hearsaynlp/hearsay/internal/brat"
	"github.com/hearsaynlp/hearsay/quote"
	"github.com/hearsaynlp/hearsay/speaker"
)

// Referent is the annotated referent of one gold source that is a
// pronoun or a nominal, read from a referents file.
//
// # Referents files
//
// A referents file is tab-separated, one row per source:
//
//	article  start  end  type  referent
//
// with lines starting "#" taken as comments and an optional header row
// starting "article" before the first row. Start and End are code
// point offsets (End exclusive) of the source in the article, as in the
// .ann files; a discontinuous source runs from its first start to its last
// end. Type is one of person, organisation, group, anonymous, document and
// none. Referent is the fullest name in the article of a person or
// organisation, the names of a group joined by "; " (or the group's own
// name), and empty for anonymous sources, unnamed persons and usually for
// documents and none. A six-column form with the source's text as the
// fourth column is read too. Rows whose type is empty are not annotated
// yet and are skipped.
type Referent struct {
	Article    string
	Start, End int // code points, as in the file
	Type       string
	Referent   string
	Line       int
}

var referentTypes = []string{"person", "organisation", "group", "anonymous", "document", "none"}

// ParseReferents reads a referents file. Bad rows are reported, with the
// file and line, in the error list (nil when there are none) and skipped.
func ParseReferents(filename string, src []byte) ([]Referent, brat.ErrorList) {
	var refs []Referent
	var problems brat.ErrorList
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(nil, 1<<20)
	line, rows := 0, 0
	for sc.Scan() {
		line++
		row := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(row) == "" || strings.HasPrefix(row, "#") {
			continue
		}
		if rows++; rows == 1 && strings.HasPrefix(row, "article\t") {
			continue
		}
		bad := func(format string, args ...any) {
			problems = append(problems, &brat.Error{File: filename, Line: line, Msg: fmt.Sprintf(format, args...)})
		}
		f := strings.Split(row, "\t")
		switch len(f) {
		case 5:
		case 6:
			f = append(f[:3], f[4:]...) // drop the mention text
		default:
			bad("%d columns, want 5 (article, start, end, type, referent) or 6", len(f))
			continue
		}
		if f[3] == "" {
			continue // not annotated yet
		}
		start, err1 := strconv.Atoi(f[1])
		end, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || start < 0 || end <= start {
			bad("bad span %q %q", f[1], f[2])
			continue
		}
		if !slices.Contains(referentTypes, f[3]) {
			bad("unknown type %q, want one of %s", f[3], strings.Join(referentTypes, ", "))
			continue
		}
		if f[0] == "" {
			bad("no article")
			continue
		}
		refs = append(refs, Referent{Article: f[0], Start: start, End: end, Type: f[3], Referent: strings.TrimSpace(f[4]), Line: line})
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, &brat.Error{File: filename, Line: line, Msg: err.Error()})
	}
	return refs, problems
}

// Resolution counts referents resolved right, overall and by form and type.
type Resolution struct {
	Total   Tally
	ByForm  map[string]*Tally // "pronoun", "nominal"
	ByType  map[string]*Tally // the referent types
	Unfound int               // rows whose article or source is not in the corpus
	// Wrong lists the rows resolved wrongly, for inspection.
	Wrong []string
}

// Tally is a number of referents and how many were resolved right.
type Tally struct{ N, Right int }

// Accuracy returns Right/N, or 0 when N is 0.
func (t Tally) Accuracy() float64 { return ratio(t.Right, t.N) }

func (r *Resolution) add(form, typ string, right bool) {
	if r.ByForm == nil {
		r.ByForm = make(map[string]*Tally)
		r.ByType = make(map[string]*Tally)
	}
	for _, t := range []*Tally{&r.Total, tally(r.ByForm, form), tally(r.ByType, typ)} {
		t.N++
		if right {
			t.Right++
		}
	}
}

func tally(m map[string]*Tally, k string) *Tally {
	if m[k] == nil {
		m[k] = &Tally{}
	}
	return m[k]
}

// ScoreReferents scores speaker resolution on the referents of articles'
// gold sources, two ways. From gold, [speaker.Attribute] reads quotes
// built from the gold attributions (content, first cue, and source from
// its first start to its last end), so extraction errors do not count.
// End to end, it reads the quotes extract finds; a referent whose source no
// predicted source overlaps is wrong.
//
// # Matching
//
// A resolution is right when:
//   - person with a referent: one speaker, a person, whose canonical name
//     is the referent (in any case) or a name of two or more of its words
//     ("Bobby Scott" for Robert C. "Bobby" Scott), or whose surname is the
//     referent's last word and who is the only person in the document with
//     that surname;
//   - organisation or document with a referent: a speaker whose name, less
//     a leading "the", is the referent's, or ends or begins with it, or,
//     for a name with a capital letter, is the referent's end or beginning
//     ("Commission" for Commission on Presidential Debates; a lower-case
//     label such as "the campaign" for Trump campaign is an unresolved
//     source);
//   - group with names "A; B": every name matched by some speaker, as a
//     person or organisation above; a group with its own name: as an
//     organisation;
//   - anonymous, none, and every type with an empty referent (an unnamed
//     person, an unnamed document): no speaker is a person, so an
//     unresolved source or an anonymous, organisation or document speaker
//     is right.
//
// Form is "pronoun" when the source is one word that is a pronoun, else
// "nominal".
func ScoreReferents(articles []Article, refs []Referent, extract func(string) []quote.Quote) (fromGold, endToEnd *Resolution) {
	fromGold, endToEnd = &Resolution{}, &Resolution{}
	byName := make(map[string]*Article, len(articles))
	for i := range articles {
		byName[articles[i].Name] = &articles[i]
	}
	byArticle := make(map[string][]Referent)
	var order []string
	for _, r := range refs {
		if _, ok := byArticle[r.Article]; !ok {
			order = append(order, r.Article)
		}
		byArticle[r.Article] = append(byArticle[r.Article], r)
	}
	for _, name := range order {
		a := byName[name]
		rows := byArticle[name]
		if a == nil {
			fromGold.Unfound += len(rows)
			endToEnd.Unfound += len(rows)
			continue
		}
		offsets := brat.NewOffsets(a.Text)
		goldQuotes := make([]quote.Quote, len(a.Gold))
		for i, g := range a.Gold {
			goldQuotes[i] = goldQuote(g)
		}
		gd := speaker.Attribute(a.Text, goldQuotes)
		pd := speaker.Attribute(a.Text, extract(a.Text))
		for _, r := range rows {
			s, ok1 := offsets.Byte(r.Start)
			e, ok2 := offsets.Byte(r.End)
			if !ok1 || !ok2 {
				fromGold.Unfound++
				endToEnd.Unfound++
				continue
			}
			span := quote.Span{Start: s, End: e}
			form := formOf(a.Text[s:e])
			gi := slices.IndexFunc(goldQuotes, func(q quote.Quote) bool { return q.Source == span })
			if gi < 0 {
				fromGold.Unfound++
				endToEnd.Unfound++
				continue
			}
			right := resolvedRight(gd, gd.Attributions[gi].Speakers, r)
			fromGold.add(form, r.Type, right)
			if !right {
				fromGold.Wrong = append(fromGold.Wrong, wrongLine(a, r, span, gd, gd.Attributions[gi]))
			}
			pi := bestOverlap(pd.Attributions, span)
			right = pi >= 0 && resolvedRight(pd, pd.Attributions[pi].Speakers, r)
			endToEnd.add(form, r.Type, right)
			if !right && pi >= 0 {
				endToEnd.Wrong = append(endToEnd.Wrong, wrongLine(a, r, span, pd, pd.Attributions[pi]))
			} else if !right {
				endToEnd.Wrong = append(endToEnd.Wrong, fmt.Sprintf("%s\t%d\t%d\t%s\t%q\tno predicted source", a.Name, r.Start, r.End, r.Type, r.Referent))
			}
		}
	}
	return fromGold, endToEnd
}

// goldQuote builds the quote of a gold attribution.
func goldQuote(g Gold) quote.Quote {
	q := quote.Quote{Kind: g.Kind, Content: g.Content}
	if len(g.Cue) > 0 {
		q.Cue.Span = g.Cue[0]
	}
	if len(g.Source) > 0 {
		q.Source = quote.Span{Start: g.Source[0].Start, End: g.Source[len(g.Source)-1].End}
	}
	q.Span = q.Content[0]
	for _, s := range append(append([]quote.Span{}, g.Content...), append(g.Cue, g.Source...)...) {
		q.Span.Start = min(q.Span.Start, s.Start)
		q.Span.End = max(q.Span.End, s.End)
	}
	return q
}

// bestOverlap returns the attribution whose source overlaps span most, or -1.
func bestOverlap(as []speaker.Attribution, span quote.Span) int {
	best, most := -1, 0
	for i, a := range as {
		o := min(a.Quote.Source.End, span.End) - max(a.Quote.Source.Start, span.Start)
		if o > most {
			best, most = i, o
		}
	}
	return best
}

var pronounForms = map[string]bool{
	"he": true, "she": true, "they": true, "i": true, "we": true, "you": true, "it": true, "him": true,
	"her": true, "them": true, "me": true, "us": true, "his": true, "hers": true, "their": true, "our": true,
	"my": true, "its": true, "one": true, "himself": true, "herself": true, "themselves": true, "who": true,
	"which": true, "that": true, "both": true, "each": true, "some": true, "many": true, "most": true,
	"others": true, "several": true, "all": true, "few": true,
}

func formOf(mention string) string {
	if w := strings.Fields(strings.ToLower(mention)); len(w) == 1 && pronounForms[strings.Trim(w[0], ".,;:")] {
		return "pronoun"
	}
	return "nominal"
}

// resolvedRight applies the matching rule of [ScoreReferents].
func resolvedRight(d speaker.Doc, speakers []int, r Referent) bool {
	if r.Referent == "" || r.Type == "anonymous" || r.Type == "none" {
		for _, s := range speakers {
			if d.Speakers[s].Type == speaker.Person {
				return false
			}
		}
		return true
	}
	switch r.Type {
	case "person":
		return len(speakers) == 1 && personMatches(d, d.Speakers[speakers[0]], r.Referent)
	case "group":
		if !strings.Contains(r.Referent, ";") {
			return slices.ContainsFunc(speakers, func(s int) bool { return orgMatches(d.Speakers[s].Name, r.Referent) })
		}
		for _, part := range strings.Split(r.Referent, ";") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			if !slices.ContainsFunc(speakers, func(s int) bool {
				return personMatches(d, d.Speakers[s], part) || orgMatches(d.Speakers[s].Name, part)
			}) {
				return false
			}
		}
		return len(speakers) > 0
	default: // organisation, document
		return slices.ContainsFunc(speakers, func(s int) bool { return orgMatches(d.Speakers[s].Name, r.Referent) })
	}
}

func personMatches(d speaker.Doc, s speaker.Speaker, ref string) bool {
	if s.Type != speaker.Person {
		return false
	}
	if strings.EqualFold(s.Name, ref) || wordsWithin(s.Name, ref) {
		return true
	}
	sur := lastWord(ref)
	if !strings.EqualFold(lastWord(s.Name), sur) {
		return false
	}
	n := 0
	for _, o := range d.Speakers {
		if o.Type == speaker.Person && strings.EqualFold(lastWord(o.Name), sur) {
			n++
		}
	}
	return n == 1
}

// wordsWithin reports whether name has two or more words and each is a word
// of ref, in any case, quotes and dots aside: "Bobby Scott" is a form of
// Robert C. "Bobby" Scott.
func wordsWithin(name, ref string) bool {
	clean := func(w string) string { return strings.ToLower(strings.Trim(w, "\"“”'‘’.,")) }
	nw := strings.Fields(name)
	if len(nw) < 2 {
		return false
	}
	rw := strings.Fields(ref)
	for _, w := range nw {
		if !slices.ContainsFunc(rw, func(r string) bool { return clean(r) == clean(w) }) {
			return false
		}
	}
	return true
}

// orgMatches reports whether a speaker's name is the organisation, group or
// document ref, or a longer or shorter form of it. A shorter form must be
// a name: a label in lower case ("the campaign", "voters") is what an
// unresolved source is called, and naming a part of the referent ("Trump
// campaign", "likely voters") does not resolve it.
func orgMatches(name, ref string) bool {
	n := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "))
	r := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(ref, "the "), "The "))
	if n == "" || r == "" {
		return false
	}
	if n == r || strings.HasSuffix(n, " "+r) || strings.HasPrefix(n, r+" ") {
		return true
	}
	return hasUpper(name) && (strings.HasSuffix(r, " "+n) || strings.HasPrefix(r, n+" "))
}

func hasUpper(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) >= 0
}

func lastWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

func wrongLine(a *Article, r Referent, span quote.Span, d speaker.Doc, at speaker.Attribution) string {
	var got []string
	for _, s := range at.Speakers {
		got = append(got, d.Speakers[s].Name+"/"+d.Speakers[s].Type.String())
	}
	return fmt.Sprintf("%s\t%d\t%d\t%q\t%s\t%q\tgot %q (%s) %s", a.Name, r.Start, r.End, a.Text[span.Start:span.End], r.Type, r.Referent, got, at.Method, at.Reason)
}

// WriteResolution writes the accuracy of the two scorings side by side: overall,
// by form and by type.
func WriteResolution(w io.Writer, fromGold, endToEnd *Resolution) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "resolution\tn\tfrom gold\tend to end\t\n")
	row := func(label string, g, e Tally) {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t\n", label, g.N, frac(g.Right, g.N), frac(e.Right, e.N))
	}
	row("all", fromGold.Total, endToEnd.Total)
	for _, f := range []string{"pronoun", "nominal"} {
		row(f, get(fromGold.ByForm, f), get(endToEnd.ByForm, f))
	}
	for _, t := range referentTypes {
		row(t, get(fromGold.ByType, t), get(endToEnd.ByType, t))
	}
	if fromGold.Unfound > 0 {
		fmt.Fprintf(tw, "not in the corpus\t%d\t\t\t\n", fromGold.Unfound)
	}
	return tw.Flush()
}

func get(m map[string]*Tally, k string) Tally {
	if t := m[k]; t != nil {
		return *t
	}
	return Tally{}
}
