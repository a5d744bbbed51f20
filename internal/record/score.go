package record

import (
	"encoding/json"
	"math"
	"strconv"
)

// ScoreDecimals is how many decimals a [Score] keeps in JSON.
const ScoreDecimals = 4

// Score is a stance score or rule weight as written in the output: a
// number rounded to [ScoreDecimals] decimals, so that 0.44114565141460005
// reads 0.4411 and 1.2000000000000002 reads 1.2. Stance rules are
// weighted in tenths, so four decimals keep every difference they make
// while dropping the noise of floating-point arithmetic. It decodes as a
// plain JSON number.
type Score float64

// Round returns s rounded to [ScoreDecimals] decimals, with -0 as 0.
func (s Score) Round() float64 {
	r := math.Round(float64(s)*1e4) / 1e4
	if r == 0 {
		return 0 // no "-0"
	}
	return r
}

// MarshalJSON writes s rounded, in the shortest form that reads back as
// the rounded value ("0.6", "-0.4411", "0"). Like a float64, a NaN or an
// infinity is an error.
func (s Score) MarshalJSON() ([]byte, error) {
	f := float64(s)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, &json.UnsupportedValueError{Str: strconv.FormatFloat(f, 'g', -1, 64)}
	}
	return strconv.AppendFloat(nil, s.Round(), 'f', -1, 64), nil
}
