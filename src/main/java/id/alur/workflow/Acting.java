package id.alur.workflow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who performs an operation, in which position, and, under a delegation, for whom. The {@code office} module resolves
 * who may act in a position; the workflow trusts this record but checks that the position is the step's lane.
 *
 * @param username the user who acts
 * @param displayName that user's name as shown in the history
 * @param positionCode the position (SOP lane id) the user acts in
 * @param onBehalfOfUsername the absent holder of the position when acting as Plh/Plt, otherwise {@code null}
 * @param onBehalfOfName the absent holder's name, otherwise {@code null}
 * @param kind {@code null} when acting in one's own right
 */
public record Acting(
        String username,
        String displayName,
        String positionCode,
        @Nullable String onBehalfOfUsername,
        @Nullable String onBehalfOfName,
        @Nullable DelegationKind kind) {

    public Acting {
        requireText(username, "username");
        requireText(positionCode, "positionCode");
        if (displayName == null || displayName.isBlank()) {
            displayName = username;
        }
        if ((kind == null) != (onBehalfOfUsername == null)) {
            throw new IllegalArgumentException("onBehalfOfUsername and kind go together: both set or both null");
        }
        if (kind != null && (onBehalfOfName == null || onBehalfOfName.isBlank())) {
            onBehalfOfName = onBehalfOfUsername;
        }
    }

    /** Acting in one's own position. */
    public static Acting self(String username, String displayName, String positionCode) {
        return new Acting(username, displayName, positionCode, null, null, null);
    }

    /** Acting as a stand-in (Plh or Plt) for the absent holder of the position. */
    public static Acting standIn(
            String username,
            String displayName,
            String positionCode,
            DelegationKind kind,
            String holderUsername,
            String holderName) {
        return new Acting(
                username, displayName, positionCode, holderUsername, holderName, Objects.requireNonNull(kind, "kind"));
    }

    public boolean delegated() {
        return kind != null;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
