package offsets_test

import (
	"fmt"

	"github.com/hearsaynlp/hearsay/internal/offsets"
)

func Example() {
	text := "“Yes,” said Zoë 😀."
	zoe := [2]int{16, 20}   // the bytes of "Zoë"
	emoji := [2]int{21, 25} // the bytes of "😀"
	for _, unit := range []offsets.Unit{offsets.Byte, offsets.Rune, offsets.UTF16} {
		ix := offsets.NewIndex(text, unit)
		fmt.Printf("%-5v Zoë [%d, %d) 😀 [%d, %d)\n", unit,
			ix.Offset(zoe[0]), ix.Offset(zoe[1]), ix.Offset(emoji[0]), ix.Offset(emoji[1]))
	}
	// Output:
	// byte  Zoë [16, 20) 😀 [21, 25)
	// rune  Zoë [12, 15) 😀 [16, 17)
	// utf16 Zoë [12, 15) 😀 [16, 18)
}
