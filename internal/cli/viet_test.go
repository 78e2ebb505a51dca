package cli

import (
	"bytes"
	"strings"
	"testing"
)

func TestRunViet(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string // a substring; "" means stderr must be empty
	}{
		{
			name: "compare tone",
			args: []string{"compare", "bài học", "bài hoc"},
			stdout: `{"verdict":"tone","score":0.5,"syllables":[` +
				`{"expected":"bài","given":"bài","error":"","detail":""},` +
				`{"expected":"học","given":"hoc","error":"tone","detail":"missing nặng"}]}` + "\n",
		},
		{
			name:   "compare correct across styles",
			args:   []string{"compare", "khoẻ mạnh", "Khỏe  mạnh."},
			stdout: `{"verdict":"correct","score":1,"syllables":[{"expected":"khoẻ","given":"Khoẻ","error":"","detail":""},{"expected":"mạnh","given":"mạnh","error":"","detail":""}]}` + "\n",
		},
		{
			name:   "compare diacritic",
			args:   []string{"compare", "sương", "suơng"},
			stdout: `{"verdict":"diacritic","score":0.25,"syllables":[{"expected":"sương","given":"suơng","error":"diacritic","detail":"u instead of ư"}]}` + "\n",
		},
		{
			name: "compare no diacritics",
			args: []string{"compare", "đất nước", "dat nuoc"},
			stdout: `{"verdict":"no_diacritics","score":0,"syllables":[` +
				`{"expected":"đất","given":"dat","error":"diacritic","detail":"d instead of đ, a instead of â, missing sắc"},` +
				`{"expected":"nước","given":"nuoc","error":"diacritic","detail":"u instead of ư, o instead of ơ, missing sắc"}]}` + "\n",
		},
		{
			name: "compare missing syllable",
			args: []string{"compare", "tôi đi học", "tôi học"},
			stdout: `{"verdict":"wrong","score":0,"syllables":[` +
				`{"expected":"tôi","given":"tôi","error":"","detail":""},` +
				`{"expected":"đi","given":"","error":"missing","detail":"missing syllable"},` +
				`{"expected":"học","given":"học","error":"","detail":""}]}` + "\n",
		},
		{
			name: "compare digits and words (issue 13)",
			args: []string{"compare", "Bây giờ là tám giờ.", "Bây giờ là 8 giờ."},
			stdout: `{"verdict":"correct","score":1,"syllables":[` +
				`{"expected":"Bây","given":"Bây","error":"","detail":""},` +
				`{"expected":"giờ","given":"giờ","error":"","detail":""},` +
				`{"expected":"là","given":"là","error":"","detail":""},` +
				`{"expected":"8","given":"8","error":"","detail":""},` +
				`{"expected":"giờ","given":"giờ","error":"","detail":""}]}` + "\n",
		},
		{
			name: "compare two tone marks",
			args: []string{"compare", "học", "họ\u0301c"},
			stdout: `{"verdict":"tone","score":0.5,"syllables":[` +
				`{"expected":"học","given":"` + "họ\u0301c" + `","error":"tone","detail":"2 tone marks (nặng + sắc) on one syllable instead of nặng"}]}` + "\n",
		},
		{
			name: "check qu",
			args: []string{"check", "quô quuy quốc"},
			code: 1,
			stdout: `{"syllables":[` +
				`{"text":"quô","valid":false,"reason":"qu before ô is written only in quốc"},` +
				`{"text":"quuy","valid":false,"reason":"qu cannot be followed by uy"},` +
				`{"text":"quốc","valid":true,"reason":""}]}` + "\n",
		},
		{
			name:   "compare empty",
			args:   []string{"compare", "", ""},
			stdout: `{"verdict":"correct","score":1,"syllables":[]}` + "\n",
		},
		{
			name: "check invalid",
			args: []string{"check", "kà bàt tiếng"},
			code: 1,
			stdout: `{"syllables":[` +
				`{"text":"kà","valid":false,"reason":"k before a must be c"},` +
				`{"text":"bàt","valid":false,"reason":"checked syllable -t cannot take huyền"},` +
				`{"text":"tiếng","valid":true,"reason":""}]}` + "\n",
		},
		{
			name:   "check valid, words as separate arguments",
			args:   []string{"check", "Thanh", "Hoá", "2024"},
			stdout: `{"syllables":[{"text":"Thanh","valid":true,"reason":""},{"text":"Hoá","valid":true,"reason":""}]}` + "\n",
		},
		{
			name:   "check nothing to check",
			args:   []string{"check", "123 !"},
			stdout: `{"syllables":[]}` + "\n",
		},
		{
			name:   "telex",
			args:   []string{"telex", "Truwowngf Chinhs trij tinhr Thanh Hoas"},
			stdout: "Trường Chính trị tỉnh Thanh Hoá\n",
		},
		{
			name:   "vni",
			args:   []string{"vni", "Tru7o7ng2", "Chi1nh"},
			stdout: "Trường Chính\n",
		},
		{
			name:   "normalize default new style keeps case",
			args:   []string{"normalize", "HÒA\u00a0 bình  Khỏe"},
			stdout: "HOÀ bình Khoẻ\n",
		},
		{
			name:   "normalize old style",
			args:   []string{"normalize", "--style", "old", "hoà khoẻ thuỷ"},
			stdout: "hòa khỏe thủy\n",
		},
		{
			name:   "normalize style=new",
			args:   []string{"normalize", "--style=new", "tíêng"},
			stdout: "tiếng\n",
		},
		{name: "help", args: []string{"help"}, stdout: vietUsageText},
		{name: "no command", args: nil, code: 2, stderr: "usage:"},
		{name: "unknown command", args: []string{"speak"}, code: 2, stderr: `unknown command "speak"`},
		{name: "compare one argument", args: []string{"compare", "a"}, code: 2, stderr: "compare takes EXPECTED and GIVEN"},
		{name: "compare three arguments", args: []string{"compare", "a", "b", "c"}, code: 2, stderr: "compare takes"},
		{name: "check no text", args: []string{"check"}, code: 2, stderr: "check takes TEXT"},
		{name: "telex no keys", args: []string{"telex"}, code: 2, stderr: "telex takes KEYS"},
		{name: "vni no keys", args: []string{"vni"}, code: 2, stderr: "vni takes KEYS"},
		{name: "normalize bad style", args: []string{"normalize", "--style", "mid", "x"}, code: 2, stderr: `unknown style "mid"`},
		{name: "normalize bad flag", args: []string{"normalize", "--nope", "x"}, code: 2, stderr: "flag provided but not defined"},
		{name: "normalize no text", args: []string{"normalize", "--style", "old"}, code: 2, stderr: "normalize takes TEXT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runViet(tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit code = %d, want %d (stderr %q)", code, tt.code, stderr.String())
			}
			if tt.code != 2 && stdout.String() != tt.stdout {
				t.Errorf("stdout =\n%s\nwant\n%s", stdout.String(), tt.stdout)
			}
			if tt.code == 2 && stdout.Len() != 0 {
				t.Errorf("usage error wrote to stdout: %q", stdout.String())
			}
			switch {
			case tt.stderr == "" && stderr.Len() != 0:
				t.Errorf("stderr = %q, want empty", stderr.String())
			case !strings.Contains(stderr.String(), tt.stderr):
				t.Errorf("stderr = %q, want it to contain %q", stderr.String(), tt.stderr)
			}
		})
	}
}
