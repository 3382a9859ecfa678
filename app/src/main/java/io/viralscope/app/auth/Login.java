package io.viralscope.app.auth;

import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.extensions.java6.auth.oauth2.VerificationCodeReceiver;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * {@code auth login} without its terminal: runs the {@link LoginFlow}, names the channel with the new access
 * token, and saves the sign-in (the refresh token and the channel) in the {@link SignInFile}.
 */
public final class Login {

    private final LoginFlow flow;
    private final ChannelLookup channels;
    private final SignInFile file;
    private final Clock clock;

    public Login(LoginFlow flow, ChannelLookup channels, SignInFile file, Clock clock) {
        this.flow = flow;
        this.channels = channels;
        this.file = file;
        this.clock = clock;
    }

    /** Signs in through {@code receiver}, showing the address with {@code open}; returns what was saved. */
    public SignIn run(VerificationCodeReceiver receiver, Consumer<String> open) {
        TokenResponse tokens = flow.authorize(receiver, open);
        ChannelLookup.OwnChannel channel = channels.mine(tokens.getAccessToken())
                .orElse(new ChannelLookup.OwnChannel("", ""));
        SignIn signIn = new SignIn(tokens.getRefreshToken(), channel.id(), channel.title(), clock.instant(),
                clock.instant());
        file.write(signIn);
        return signIn;
    }
}
