package dev.chatwidget.core.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What the token file's writer produces, {@link Properties#load} reads back unchanged, sorted and undated. */
class PropertiesTextTest {

    @Test
    void any_key_and_value_read_back_as_written() throws IOException {
        Properties written = new Properties();
        written.setProperty(" key with spaces ", " value with a leading space");
        written.setProperty("sep=ar:ated#!", "tab\there\\back\nnew\rline\fform");
        written.setProperty("\u00e9\u4e2d~", "~\u0001\u007f\u00e9");

        Properties read = new Properties();
        read.load(new StringReader(PropertiesText.of(written)));

        assertThat(read).isEqualTo(written);
    }

    @Test
    void keys_come_sorted_after_one_comment_and_no_timestamp() {
        Properties written = new Properties();
        written.setProperty("b.refresh_token", "r");
        written.setProperty("a.access_token", "a");

        assertThat(PropertiesText.of(written)).isEqualTo(
                "# chat-widget OAuth tokens: secrets, keep this file private\na.access_token=a\nb.refresh_token=r\n");
    }
}
