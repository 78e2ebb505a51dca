package lr

func init() {
	allListenLevels = append(allListenLevels, ListenLevel{Level: 2, Tones: tonesB2, Sets: setsB2, InSentence: inSentenceB2})
	allListenLevels = append(allListenLevels, ListenLevel{Level: 3, Tones: tonesB3})
	allListenLevels = append(allListenLevels, ListenLevel{Level: 4, Tones: tonesB4})
}
