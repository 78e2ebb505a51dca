package web

import (
	"bytes"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/xuri/excelize/v2"

	"hocviet/internal/apperr"
	"hocviet/internal/csvout"
)

// rdExportTable is a list as it leaves the site: a header row and data rows
// whose cells are strings, ints or float64s (numbers stay numbers in XLSX,
// so the board can sum and sort them in a spreadsheet).
type rdExportTable struct {
	Sheet  string
	Header []string
	Rows   [][]any
}

const rdXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

func rdExportFormat(c echo.Context) (string, error) {
	switch f := c.QueryParam("format"); f {
	case "csv", "xlsx":
		return f, nil
	}
	return "", &apperr.Error{Code: apperr.Invalid, Field: "format", Key: "error.bad_request", Message: "format must be csv or xlsx"}
}

// rdSendExport writes the table as CSV (UTF-8 with a byte-order mark, which
// Excel needs to read Lao script as Lao) or XLSX.
func rdSendExport(c echo.Context, format, base string, t rdExportTable) error {
	var buf bytes.Buffer
	ct := "text/csv; charset=utf-8"
	switch format {
	case "csv":
		buf.WriteString("\ufeff")
		w := csvout.NewWriter(&buf) // neutralises formulas (issue 15 point 7)
		mark := rdDecimalMark(pageLang(c))
		if err := w.Write(t.Header); err != nil {
			return err
		}
		for _, r := range t.Rows {
			rec := make([]string, len(r))
			for i, v := range r {
				rec[i] = rdCellText(v, mark)
			}
			if err := w.Write(rec); err != nil {
				return err
			}
		}
		w.Flush()
		if err := w.Error(); err != nil {
			return err
		}
	case "xlsx":
		ct = rdXlsxType
		if err := rdWriteXLSX(&buf, t); err != nil {
			return fmt.Errorf("xlsx %s: %w", base, err)
		}
	default:
		return &apperr.Error{Code: apperr.Invalid, Key: "error.bad_request", Message: "unknown export format"}
	}
	c.Response().Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s.%s"`, base, format))
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.Blob(http.StatusOK, ct, buf.Bytes())
}

// rdDecimalMark is the decimal mark of a page language (issue 17 point 18):
// Lao and Vietnamese write "2,5", English "2.5". A CSV opened by a Lao or
// Vietnamese spreadsheet reads "2,5" as a number; XLSX cells stay numbers
// and the spreadsheet shows them in the reader's own locale.
func rdDecimalMark(lang string) string {
	if lang == "en" {
		return "."
	}
	return ","
}

// rdCellText is one CSV cell: numbers with the locale's decimal mark, so
// one file never mixes "2.5" and "2,5".
func rdCellText(v any, mark string) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strings.Replace(strconv.FormatFloat(x, 'f', -1, 64), ".", mark, 1)
	case *float64:
		if x == nil {
			return ""
		}
		return rdCellText(*x, mark)
	}
	return fmt.Sprint(v)
}

func rdWriteXLSX(w *bytes.Buffer, t rdExportTable) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := t.Sheet
	if sheet == "" {
		sheet = "list"
	}
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	header := make([]any, len(t.Header))
	for i, h := range t.Header {
		header[i] = h
	}
	if err := f.SetSheetRow(sheet, "A1", &header); err != nil {
		return err
	}
	for i, r := range t.Rows {
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return err
		}
		row := make([]any, len(r))
		for j, v := range r {
			if v == nil {
				v = ""
			}
			row[j] = v
		}
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return err
		}
	}
	if len(t.Header) > 0 {
		last, err := excelize.CoordinatesToCellName(len(t.Header), 1)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(sheet, "A1", last, bold); err != nil {
			return err
		}
		lastCol, _ := excelize.ColumnNumberToName(len(t.Header))
		if err := f.SetColWidth(sheet, "A", lastCol, 18); err != nil {
			return err
		}
		if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, Split: false, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
	}
	_, err = f.WriteTo(w)
	return err
}
