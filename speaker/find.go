package speaker

import "strings"

// Find returns the speaker called name, for "all statements by X": the
// speaker whose canonical name is name, in any case and with or without a
// leading "the" ("Kremlin" finds "the Kremlin"), or else the one person
// whose name ends in name as a surname ("Lavrov" finds "Sergei Lavrov").
// It reports false when there is none or the surname is shared.
func (d Doc) Find(name string) (Speaker, bool) {
	name = strings.TrimSpace(name)
	if name == "" {
		return Speaker{}, false
	}
	bare := withoutThe(name)
	for _, s := range d.Speakers {
		if strings.EqualFold(withoutThe(s.Name), bare) {
			return s, true
		}
	}
	found := -1
	for i, s := range d.Speakers {
		if s.Type != Person || len(s.Name) <= len(name) {
			continue
		}
		tail := s.Name[len(s.Name)-len(name):]
		if s.Name[len(s.Name)-len(name)-1] == ' ' && strings.EqualFold(tail, name) {
			if found >= 0 {
				return Speaker{}, false
			}
			found = i
		}
	}
	if found < 0 {
		return Speaker{}, false
	}
	return d.Speakers[found], true
}

// withoutThe returns name less a leading "the ", in any case.
func withoutThe(name string) string {
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		return name[4:]
	}
	return name
}
