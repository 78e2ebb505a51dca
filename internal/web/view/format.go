package view

import (
	"math"
	"strconv"
	"strings"
	"time"

	"hocviet/internal/practice"
)

// Num prints v in the reader's number format: Lao and Vietnamese write
// the decimal mark as a comma ("2,5"), English as a point ("2.5"). prec < 0
// prints up to two decimals without trailing zeros ("0,5", "1,25", "3"),
// for points and scores whose precision varies.
func Num(l string, v float64, prec int) string {
	var s string
	if prec < 0 {
		s = strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	} else {
		s = strconv.FormatFloat(v, 'f', prec, 64)
	}
	if l != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Pct words a share 0–1 as a whole percentage: "67%".
func Pct(x float64) string {
	return strconv.Itoa(int(math.Round(x*100))) + "%"
}

// Time shows a stored UTC time (RFC 3339) as the candidates read clocks:
// in Laos and Vietnam (UTC+7). A stamp that does not parse shows as stored.
func Time(stamp string) string {
	t, err := time.Parse(time.RFC3339, stamp)
	if err != nil {
		return stamp
	}
	return t.In(practice.Zone()).Format("02/01/2006 15:04")
}

// Date shows a time as a day in Laos and Vietnam: "02/01/2006".
func Date(t time.Time) string {
	return t.In(practice.Zone()).Format("02/01/2006")
}
