package org.supervision.staff;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text of a CSV file received as bytes (an upload, a file on disk). Directory files must
 * be UTF-8: Excel's "CSV UTF-8" is (its byte-order mark is dropped by {@link CsvRows}), but
 * Excel's plain "CSV" writes the Windows code page, where an é is one byte that UTF-8 cannot
 * read. Such a file is refused naming the first line that cannot be read, instead of being
 * stored with replacement characters; so are spreadsheets and other files that are not text.
 */
final class CsvFileText {

    static final String SAVE_AS = "save it in Excel as \"CSV UTF-8 (comma delimited)\" and import it again";

    private CsvFileText() {
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw rejected(0, "the file is UTF-16 text (Excel's \"Unicode Text\"), not UTF-8; " + SAVE_AS);
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            throw rejected(0, "the file is a spreadsheet workbook (.xlsx) or another zip archive, not a CSV file; " + SAVE_AS);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never decodes to more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw rejected(lineOfByte(bytes, at), String.format(
                    "is not UTF-8 text: byte 0x%02X cannot be read (a letter such as é or ’ saved in another encoding); %s",
                    bytes[at] & 0xFF, SAVE_AS));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                throw rejected(lineOfChar(text, i), String.format(
                        "contains a character that is not text (code 0x%02X): this is not a CSV file", (int) c));
            }
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long lineOfByte(byte[] bytes, int position) {
        long line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static long lineOfChar(String text, int position) {
        return 1 + text.substring(0, position).chars().filter(c -> c == '\n').count();
    }

    private static ImportRejectedException rejected(long line, String message) {
        return new ImportRejectedException(List.of(new ImportProblem(line, null, message)));
    }
}
