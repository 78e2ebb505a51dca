package account

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"path"
	"strings"

	"github.com/xuri/excelize/v2"

	"hocviet/internal/apperr"
)

// MaxXLSXPartBytes bounds the uncompressed size of each part of a workbook
// that is read (the sheet, the shared strings). A 5,000-row registration
// sheet is a few MB of XML; a 215 KB upload that expands to 73 MB of XML is
// a zip bomb, refused before excelize opens it.
const MaxXLSXPartBytes = 20 << 20

// IsXLSX tells a workbook (a zip file) by its first bytes, not its name.
func IsXLSX(data []byte) bool { return bytes.HasPrefix(data, []byte("PK\x03\x04")) }

// XLSXToCSV turns the first sheet of a workbook into CSV with one record
// per sheet row, so ParseImport's line numbers are the spreadsheet's row
// numbers. It checks the declared sizes of the zip's parts first, then
// streams the rows (excelize's Rows iterator) and stops after maxRows+1
// data rows, so neither a bomb nor a huge sheet is held in memory.
func XLSXToCSV(data []byte, maxRows int) ([]byte, error) {
	if maxRows <= 0 {
		maxRows = MaxImportRows
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, xlsxError("acct.import.bad_xlsx", "the file is not a readable workbook")
	}
	var total uint64
	for _, f := range zr.File {
		name := strings.ToLower(f.Name)
		total += f.UncompressedSize64
		big := f.UncompressedSize64 > MaxXLSXPartBytes
		// Declared sizes can lie: excelize reads through archive/zip, which
		// fails a part that inflates past its declared size.
		if big && (strings.HasPrefix(name, "xl/worksheets/") || path.Base(name) == "sharedstrings.xml" || name == "xl/workbook.xml") {
			return nil, xlsxError("acct.import.xlsx_too_big",
				fmt.Sprintf("%s expands to %d MB, more than the %d MB allowed: save the sheet as CSV or split it", f.Name, f.UncompressedSize64>>20, MaxXLSXPartBytes>>20))
		}
	}
	if total > 4*MaxXLSXPartBytes {
		return nil, xlsxError("acct.import.xlsx_too_big",
			fmt.Sprintf("the workbook expands to %d MB, more than allowed: save the sheet as CSV or split it", total>>20))
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: 4 * MaxXLSXPartBytes, UnzipXMLSizeLimit: MaxXLSXPartBytes})
	if err != nil {
		return nil, xlsxError("acct.import.bad_xlsx", "the file is not a readable workbook")
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, xlsxError("acct.import.bad_xlsx", "the workbook has no sheet")
	}
	rows, err := f.Rows(sheets[0])
	if err != nil {
		return nil, xlsxError("acct.import.bad_xlsx", "the first sheet cannot be read")
	}
	defer rows.Close()
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	n := 0
	clean := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")
	for rows.Next() {
		row, err := rows.Columns()
		if err != nil {
			return nil, xlsxError("acct.import.bad_xlsx", "the first sheet cannot be read")
		}
		// The header plus one row past the cap is enough for ParseImport to
		// report the cap with a row number.
		if n++; n > maxRows+2 {
			break
		}
		rec := make([]string, len(row))
		for i, cell := range row {
			rec[i] = clean.Replace(cell)
		}
		if len(rec) == 0 {
			rec = []string{""}
		}
		if err := w.Write(rec); err != nil {
			return nil, err
		}
	}
	if err := rows.Error(); err != nil {
		return nil, xlsxError("acct.import.bad_xlsx", "the first sheet cannot be read")
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

func xlsxError(key, msg string) error {
	return &apperr.Error{Code: apperr.Invalid, Field: "file", Key: key, Message: msg}
}
