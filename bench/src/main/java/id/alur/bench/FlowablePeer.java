package id.alur.bench;

import com.zaxxer.hikari.HikariDataSource;
import id.alur.sop.Sop;
import id.alur.sop.SopDocuments;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;

/**
 * The peer: Flowable, an embedded BPM engine, running the BPMN that Alur exports for the same SOP
 * ({@code SopDocuments.bpmn}) on the same PostgreSQL server, with its default (audit) history and no async
 * executor. Each case claims and completes the same user tasks as Alur's case, Ya at the decisions.
 */
final class FlowablePeer implements AutoCloseable {

    static final String PROCESS_KEY = "bench-kis-surat-pengantar";

    /** The process variable the exported gateways test (docs/sop-document.md). */
    static final String DECISION_VARIABLE = "keputusan";

    private final HikariDataSource pool;
    private final ProcessEngine engine;
    private final Set<String> decisionTasks;
    final int userTasksPerCase;
    final String version;

    FlowablePeer(BenchDatabase database, Sop sop, int poolSize) {
        pool = database.pool("bench-flowable", poolSize);
        ProcessEngineConfiguration configuration =
                ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                        .setDataSource(pool)
                        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                        .setAsyncExecutorActivate(false);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .name(PROCESS_KEY)
                .addString(PROCESS_KEY + ".bpmn20.xml", SopDocuments.bpmn(sop, PROCESS_KEY))
                .deploy();
        decisionTasks = sop.activities().stream()
                .filter(a -> a.decision() != null)
                .map(a -> "task-" + a.number())
                .collect(Collectors.toUnmodifiableSet());
        userTasksPerCase = sop.activities().size();
        version = ProcessEngine.class.getPackage().getImplementationVersion();
    }

    int runCase(String businessKey, int client) {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, businessKey);
        var tasks = engine.getTaskService();
        int transitions = 1;
        Task task;
        while ((task = tasks.createTaskQuery()
                        .processInstanceId(instance.getId())
                        .singleResult())
                != null) {
            tasks.claim(task.getId(), "bench-" + client);
            if (decisionTasks.contains(task.getTaskDefinitionKey())) {
                tasks.complete(task.getId(), Map.of(DECISION_VARIABLE, "ya"));
            } else {
                tasks.complete(task.getId());
            }
            transitions += 2;
        }
        return transitions;
    }

    /** Check: every instance started in this run has ended, after exactly the SOP's user tasks. */
    String check(String businessKeyPrefix, long startedCases) {
        var history = engine.getHistoryService();
        long ended = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike(businessKeyPrefix + "%")
                .finished()
                .count();
        long running = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKeyLike(businessKeyPrefix + "%")
                .count();
        if (ended != startedCases || running != 0) {
            return "flowable: " + startedCases + " started, " + ended + " ended, " + running + " still running";
        }
        long tasks = history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKeyLike(businessKeyPrefix + "%")
                .finished()
                .count();
        if (tasks != startedCases * userTasksPerCase) {
            return "flowable: " + tasks + " user tasks done for " + startedCases + " cases, expected "
                    + startedCases * userTasksPerCase;
        }
        return null;
    }

    @Override
    public void close() {
        engine.close();
        pool.close();
    }
}
