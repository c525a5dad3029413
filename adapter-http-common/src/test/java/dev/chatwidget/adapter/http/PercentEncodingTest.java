package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncodingTest {

    @Test
    void a_value_of_unreserved_characters_only_is_returned_as_it_is() {
        String unreserved = "azAZ09-._~";

        assertThat(PercentEncoding.encode(unreserved)).isSameAs(unreserved);
        assertThat(PercentEncoding.encode("")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        // the neighbours of each unreserved range, in ASCII order, are all reserved
        "/|%2F", ":|%3A", "@|%40", "[|%5B", "`|%60", "{|%7B", "\u007f|%7F", "!|%21", "+|%2B", "%|%25",
        "a b|a%20b", "/leading|%2Fleading", "a/b/c|a%2Fb%2Fc", "é|%C3%A9", "x€y|x%E2%82%ACy", "~-_.|~-_."})
    void everything_else_is_encoded_as_utf_8_bytes_in_upper_case_hex(String value, String encoded) {
        assertThat(PercentEncoding.encode(value)).isEqualTo(encoded);
    }
}
