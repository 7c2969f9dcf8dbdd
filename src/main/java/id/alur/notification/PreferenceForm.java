package id.alur.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The profile page's notification section as posted.
 *
 * <p>{@code channels} holds the kinds wanted per channel as {@code KIND:CHANNEL} (the checked boxes); {@code null}
 * when the post had no such boxes (then the choices stay as they were), empty when every box was unchecked.
 */
public class PreferenceForm {

    private String phone = "";
    private boolean gateway;
    private @Nullable String language;
    private @Nullable List<String> channels;

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null ? "" : phone;
    }

    public boolean isGateway() {
        return gateway;
    }

    public void setGateway(boolean gateway) {
        this.gateway = gateway;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language;
    }

    public @Nullable List<String> getChannels() {
        return channels;
    }

    public void setChannels(@Nullable List<String> channels) {
        this.channels = channels;
    }
}
