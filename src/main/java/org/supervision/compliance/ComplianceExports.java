package org.supervision.compliance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.supervision.shared.CsvExport;

/**
 * The compliance figures as files: CSV through {@link CsvExport} (no formula can ride in a
 * name), XLSX with Apache POI's streaming workbook (a sheet of figures and a sheet of the
 * monthly trend; every value a number or plain text, never a formula).
 */
final class ComplianceExports {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private ComplianceExports() {
    }

    static String csv(ComplianceReport report) {
        CsvExport csv = CsvExport.withHeader(ComplianceColumns.header().toArray(String[]::new));
        ComplianceColumns.rows(report).forEach(row -> csv.row(row.toArray()));
        return csv.toCsv();
    }

    static byte[] xlsx(ComplianceReport report, String periodInWords) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);

            Sheet figures = workbook.createSheet("Compliance");
            write(figures.createRow(0), List.of("Supervision compliance: " + report.title() + ", " + periodInWords), null);
            write(figures.createRow(1), List.copyOf(ComplianceColumns.header()), header);
            int index = 2;
            for (List<Object> row : ComplianceColumns.rows(report)) {
                write(figures.createRow(index++), row, null);
            }

            Sheet trend = workbook.createSheet("Monthly trend");
            write(trend.createRow(0), List.of("Month", "1:1 sessions due", "Held on time", "Held late", "Missed",
                    "Held on time (%)", "Direct observations required", "Direct observations done",
                    "People", "Agreements in date", "People relying on weekly group casework",
                    "Group casework sessions held", "Group casework sessions attended"), header);
            index = 1;
            for (TrendPoint point : report.trend()) {
                Figures f = point.figures();
                // blank where the month's snapshot did not keep group casework, or nobody relied on it
                boolean groupCasework = point.groupCaseworkKept();
                write(trend.createRow(index++), java.util.Arrays.asList(point.month().format(MONTH), f.getSessionsDue(),
                        f.getSessionsOnTime(), f.getSessionsLate(), f.getSessionsMissed(), f.onTimePercent(),
                        f.getObservationsRequired(), f.getObservationsDone(), f.getPeople(), f.getAgreementsInDate(),
                        groupCasework ? f.getGroupCaseworkPeople() : null,
                        groupCasework ? f.getGroupCaseworkHeld() : null,
                        groupCasework ? f.getGroupCaseworkAttended() : null), null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<?> values, CellStyle style) {
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            Cell cell = row.createCell(column);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                // text is always a string cell: a name that starts with "=" stays text in a workbook
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
