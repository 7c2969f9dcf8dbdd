package id.alur.casework;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an application stands, as the office asks for it in the search (docs/casework.md "Search"): each is one state
 * of its workflow case. The code is the value of the {@code status} parameter of the page and the API.
 */
public enum SearchState {
    /** In an office position's inbox. */
    IN_PROCESS("proses", "ACTIVE"),
    /** The papers went back to the applicant for completion. */
    RETURNED_TO_APPLICANT("dikembalikan", "RETURNED_TO_APPLICANT"),
    /** Waiting for an outside party's result (BPJS Kesehatan). */
    WAITING_OUTSIDE_PARTY("pihak-luar", "AWAITING_OUTSIDE_PARTY"),
    /** The result is ready: the applicant's step (collecting it) is open. */
    READY_FOR_HANDOVER("siap-diserahkan", "AWAITING_APPLICANT"),
    /** Refused (Ditolak) at a decision that branches to the SOP's refusal end. */
    REFUSED("ditolak", "REFUSED"),
    /** The applicant withdrew. */
    WITHDRAWN("dicabut", "WITHDRAWN"),
    FINISHED("selesai", "FINISHED");

    private final String code;
    private final String caseState;

    SearchState(String code, String caseState) {
        this.code = code;
        this.caseState = caseState;
    }

    public String code() {
        return code;
    }

    /** The workflow's {@code CaseState} name this state stands for. */
    String caseState() {
        return caseState;
    }

    public String messageKey() {
        return "casework.search.state." + code;
    }

    static Optional<SearchState> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    static Optional<SearchState> ofCaseState(String caseState) {
        return Arrays.stream(values())
                .filter(s -> s.caseState.equals(caseState))
                .findFirst();
    }
}
