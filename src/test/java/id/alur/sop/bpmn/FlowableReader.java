package id.alur.sop.bpmn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;

/**
 * The export as Flowable, the engine the benchmark runs it on, reads it (kept apart from {@link BpmnExportTests}, whose
 * BPMN types are Operaton's of the same names).
 */
final class FlowableReader {

    private FlowableReader() {}

    static BpmnModel read(String xml) throws XMLStreamException {
        var reader = XMLInputFactory.newInstance()
                .createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "UTF-8");
        return new BpmnXMLConverter().convertToBpmnModel(reader);
    }

    /** What Flowable's executable-process validator refuses. */
    static List<ValidationError> errors(BpmnModel model) {
        return new ProcessValidatorFactory().createDefaultProcessValidator().validate(model);
    }

    static List<String> candidateGroups(BpmnModel model, String taskId) {
        return ((UserTask) model.getMainProcess().getFlowElement(taskId)).getCandidateGroups();
    }
}
