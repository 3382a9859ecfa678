package io.viralscope.app.youtube;

import io.viralscope.app.UserError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every common form of a YouTube video link gives its id; anything else is refused, naming the argument. */
class YoutubeVideoIdParserTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "dQw4w9WgXcQ",
            "  dQw4w9WgXcQ  ",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=PL123&index=3",
            "https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
            "http://youtube.com/watch?v=dQw4w9WgXcQ",
            "www.youtube.com/watch?v=dQw4w9WgXcQ",
            "youtube.com/watch?v=dQw4w9WgXcQ",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ&pp=ygUJcmljayByb2xs",
            "https://music.youtube.com/watch?v=dQw4w9WgXcQ&si=abc",
            "https://youtu.be/dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ?si=Zx1y2&t=10",
            "youtu.be/dQw4w9WgXcQ",
            "https://www.youtube.com/shorts/dQw4w9WgXcQ",
            "https://youtube.com/shorts/dQw4w9WgXcQ?feature=share",
            "https://www.youtube.com/embed/dQw4w9WgXcQ?autoplay=1",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/live/dQw4w9WgXcQ?si=live",
            "https://www.youtube.com/v/dQw4w9WgXcQ",
            "HTTPS://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ"})
    void readsTheIdOfEveryCommonForm(String text) {
        assertThat(VideoIdParser.parse(text)).isEqualTo("dQw4w9WgXcQ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-abc_DEF123", "_-_-_-_-_-_"})
    void idsMayStartWithADashOrUnderscore(String id) {
        assertThat(VideoIdParser.parse(id)).isEqualTo(id);
        assertThat(VideoIdParser.parse("https://youtu.be/" + id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "dQw4w9WgXc", "dQw4w9WgXcQQ", "dQw4w9WgXc!", "https://www.youtube.com/",
            "https://www.youtube.com/watch?list=PL123", "https://www.youtube.com/watch?v=short",
            "https://www.youtube.com/@channel", "https://www.youtube.com/channel/UCabcdefghijk",
            "https://www.youtube.com/playlist?list=PLdQw4w9WgXcQ", "https://vimeo.com/dQw4w9WgXcQ",
            "https://youtu.be.evil.example/dQw4w9WgXcQ", "https://evilyoutube.com/watch?v=dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ/extra", "https://www.youtube.com/shorts/", "ftp://youtu.be/dQw4w9WgXcQ",
            "https://www.youtube.com/results?search_query=dQw4w9WgXcQ"})
    void refusesAnythingElseNamingTheArgument(String text) {
        UserError e = catchThrowableOfType(UserError.class, () -> VideoIdParser.parse(text));

        assertThat(e.exitCode()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo("'" + text + "' is not a YouTube video id or video link; give the"
                + " 11-character id (such as dQw4w9WgXcQ) or a link such as"
                + " https://www.youtube.com/watch?v=dQw4w9WgXcQ.");
    }
}
