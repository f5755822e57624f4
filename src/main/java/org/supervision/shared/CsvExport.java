package org.supervision.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Every CSV file the product hands out is written here, so that none can carry a formula
 * into the spreadsheet that opens it (CSV injection). Following OWASP's advice on CSV
 * injection, a cell that starts with {@code = + - @}, a tab or a carriage return gets a single
 * quote in front, so the spreadsheet shows it as text instead of running it: what people type
 * (a CPD activity, a reason, a name) could otherwise be {@code =HYPERLINK(...)} or worse. Every
 * cell is also quoted, so a spreadsheet set to split on another separator (";" in many European
 * settings) cannot cut a cell into a new one that starts with "=".
 *
 * <p>One exception: a cell that is only a number, such as {@code -5} or {@code -0.25}, keeps
 * its minus sign as it is. A spreadsheet reads it as a number, never as a formula, and a quote
 * in front would turn a negative amount into text that no longer adds up; {@code -5+3} or
 * {@code -1e2} are not plain numbers and do get the quote.
 */
public final class CsvExport {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final List<String> header;
    private final List<Object[]> rows = new ArrayList<>();

    private CsvExport(List<String> header) {
        this.header = header;
    }

    public static CsvExport withHeader(String... header) {
        return new CsvExport(List.of(header));
    }

    public CsvExport row(Object... values) {
        rows.add(values.clone());
        return this;
    }

    public String toCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header.stream().map(CsvExport::neutralise));
            for (Object[] row : rows) {
                List<Object> cells = new ArrayList<>(row.length);
                for (Object value : row) {
                    cells.add(neutralise(value));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The cell as a spreadsheet should show it: text that starts like a formula gets a leading quote. */
    static String neutralise(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
