package id.alur.workflow;

/**
 * How a stand-in holds a position: Plh (pelaksana harian, a short absence) or Plt (pelaksana tugas, a vacancy or a
 * long absence).
 */
public enum DelegationKind {
    PLH,
    PLT
}
