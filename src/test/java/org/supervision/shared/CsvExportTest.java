package org.supervision.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** What a spreadsheet gets from every CSV export of the product. */
class CsvExportTest {

    @Test
    void cellsThatStartLikeAFormulaGetALeadingQuoteAndPlainNumbersStayNumbers() throws Exception {
        String csv = CsvExport.withHeader("cell")
                .row("=1+1").row("+1+1").row("-1+1").row("@SUM(A1:A2)").row("\t=1+1").row("\r=1+1")
                .row(-5).row("-0.25").row("-5+3").row("-1e2").row("12")
                .row("Reading: neglect toolkit").row(" =1+1").row("", null)
                .toCsv();

        List<String> cells = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords().stream().skip(1)
                .map(record -> record.get(0)).toList();
        assertThat(cells).containsExactly(
                "'=1+1", "'+1+1", "'-1+1", "'@SUM(A1:A2)", "'\t=1+1", "'\r=1+1",
                "-5", "-0.25", "'-5+3", "'-1e2", "12",
                "Reading: neglect toolkit", " =1+1", "");
    }

    @Test
    void everyCellIsQuotedSoThatAnotherSeparatorCannotStartACell() {
        String csv = CsvExport.withHeader("a", "b").row("x;=cmd|' /C calc'!A0", 3).toCsv();

        // a spreadsheet splitting on ';' still sees one quoted cell "x;=cmd…", not a cell "=cmd…"
        assertThat(csv).isEqualTo("\"a\",\"b\"\r\n\"x;=cmd|' /C calc'!A0\",\"3\"\r\n");
    }
}
