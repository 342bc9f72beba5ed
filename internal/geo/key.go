package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key returns the form under which a place name is indexed: lower case,
// diacritics folded to plain letters, hyphens and dashes turned into spaces,
// apostrophes and periods dropped, runs of spaces collapsed. "Jalal-Abad",
// "Xoʻjand" and "St. Louis" become "jalal abad", "xojand" and "st louis".
// The generator and the geoparser both use it, so the index and the text
// always meet in the same form.
func Key(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	emit := func(r rune) {
		if r == ' ' {
			if b.Len() > 0 {
				space = true
			}
			return
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if ascii {
		// Most words are already keys: lower-case letters and digits.
		plain := len(s) > 0
		for i := 0; i < len(s) && plain; i++ {
			c := s[i]
			plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
		}
		if plain {
			return s
		}
		return asciiKey(s)
	}
	for _, r := range s {
		if f, ok := fold[r]; ok {
			for _, fr := range f {
				emit(fr)
			}
			continue
		}
		switch {
		case r == '\'' || r == '.' || r == '`' || r == 'ʻ' || r == 'ʼ' || r == '’' || r == '‘' || r == 'ʹ' || r == 'ʺ' || r == '´':
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			emit(unicode.ToLower(r))
		default:
			emit(' ')
		}
	}
	return b.String()
}

// asciiKey is Key for plain ASCII, byte by byte: letters lower-cased,
// digits kept, apostrophes, periods and backquotes dropped, anything else a
// space; no space leads or trails, and runs of them become one.
func asciiKey(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '\'' || c == '.' || c == '`':
			continue
		default:
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return string(b)
}

// fold maps letters with diacritics, and a few ligatures, to plain ones.
// Cyrillic keeps its letters (lower-cased), except ё and й which news
// spells both ways.
var fold = func() map[rune]string {
	m := map[rune]string{
		'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
		'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th", 'ł': "l", 'Ł': "l",
		'ı': "i", 'İ': "i", 'ħ': "h", 'Ħ': "h", 'ŀ': "l", 'Ŀ': "l", 'ŧ': "t", 'Ŧ': "t",
		'ё': "е", 'Ё': "е", 'й': "и", 'Й': "и", 'ə': "a", 'Ə': "a",
	}
	groups := []struct {
		to   string
		from string
	}{
		{"a", "àáâãäåāăąǎǻạảấầẩẫậắằẳẵặÀÁÂÃÄÅĀĂĄǍǺẠẢẤẦẨẪẬẮẰẲẴẶ"},
		{"c", "çćĉċčÇĆĈĊČ"},
		{"d", "ďĎḍḌ"},
		{"e", "èéêëēĕėęěẹẻẽếềểễệÈÉÊËĒĔĖĘĚẸẺẼẾỀỂỄỆ"},
		{"g", "ĝğġģǧĜĞĠĢǦ"},
		{"h", "ĥḥḤĤ"},
		{"i", "ìíîïĩīĭįǐịỉÌÍÎÏĨĪĬĮǏỊỈ"},
		{"j", "ĵĴ"},
		{"k", "ķǩĶǨ"},
		{"l", "ĺļľĹĻĽ"},
		{"n", "ñńņňŉÑŃŅŇṇṆ"},
		{"o", "òóôõöōŏőǒơọỏốồổỗộớờởỡợÒÓÔÕÖŌŎŐǑƠỌỎỐỒỔỖỘỚỜỞỠỢ"},
		{"r", "ŕŗřŔŖŘ"},
		{"s", "śŝşšșṣŚŜŞŠȘṢ"},
		{"t", "ţťțṭŢŤȚṬ"},
		{"u", "ùúûüũūŭůűųǔưụủứừửữựÙÚÛÜŨŪŬŮŰŲǓƯỤỦỨỪỬỮỰ"},
		{"w", "ŵŴẁẃẅ"},
		{"y", "ýÿŷỳỹỵÝŸŶỲỸỴ"},
		{"z", "źżžẓŹŻŽẒ"},
	}
	for _, g := range groups {
		for _, r := range g.from {
			m[r] = g.to
		}
	}
	return m
}()
