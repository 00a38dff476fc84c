package io.github.ogiworkflow.privacy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.variable.serializer.NullValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * The engine's tables never hold an applicant's full identity number, phone, e-mail or
 * address: text variables under those names are stored masked, and every history event is
 * masked before the engine writes it (variable instances and their details, form fields as
 * submitted, the user operation log). The first value a variable
 * ever had is history too, and the staff start form sends the full values before 登记受理 moves
 * them into the register, so masking the variables afterwards would not be enough.
 */
@Component
public class PersonalDataMaskingPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    serializers.add(0, new MaskingStringSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // The engine looks the handler up for every event, so wrapping it after init covers all.
    configuration.setHistoryEventHandler(
        new MaskingHistoryEventHandler(configuration.getHistoryEventHandler()));
  }

  /**
   * Text under a personal name is stored masked, whoever writes it and however (a form, a REST
   * call, a delegate): the database never holds the full value in a variable. The value
   * written stays the variable's value until the end of the engine command, so 登记受理, which
   * runs in the command that started the case, still reads the full data for the register.
   * Reading uses the engine's own text serializer (same name, same columns).
   */
  static final class MaskingStringSerializer extends StringValueSerializer {

    @Override
    public void writeValue(StringValue value, ValueFields fields) {
      String name = fields.getName();
      if (PersonalVariables.isPersonal(name) && value.getValue() != null) {
        super.writeValue(Variables.stringValue(PersonalVariables.mask(name, value.getValue()),
            value.isTransient()), fields);
      } else {
        super.writeValue(value, fields);
      }
    }
  }

  /** Masks personal values in an event, then hands it to the engine's own handler. */
  static final class MaskingHistoryEventHandler implements HistoryEventHandler {

    /** Camunda's name of the serializer for plain text values. */
    private static final String TEXT = new StringValueSerializer().getName();
    private static final String NO_VALUE = new NullValueSerializer().getName();

    private final HistoryEventHandler delegate;

    MaskingHistoryEventHandler(HistoryEventHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      mask(event);
      delegate.handleEvent(event);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(MaskingHistoryEventHandler::mask);
      delegate.handleEvents(events);
    }

    static void mask(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable
          && PersonalVariables.isPersonal(variable.getVariableName())) {
        maskVariable(variable);
      } else if (event instanceof HistoricFormPropertyEventEntity field
          && PersonalVariables.isPersonal(field.getPropertyId())
          && field.getPropertyValue() != null) {
        field.setPropertyValue(PersonalVariables.mask(field.getPropertyId(),
            String.valueOf(field.getPropertyValue())));
      } else if (event instanceof UserOperationLogEntryEventEntity entry
          && PersonalVariables.isPersonal(entry.getProperty())) {
        entry.setOrgValue(PersonalVariables.mask(entry.getProperty(), entry.getOrgValue()));
        entry.setNewValue(PersonalVariables.mask(entry.getProperty(), entry.getNewValue()));
      }
    }

    /**
     * Text is masked; any other type under a personal name (a number, bytes, a JSON object a
     * client chose) has no masked form and is kept as no value at all.
     */
    private static void maskVariable(HistoricVariableUpdateEventEntity variable) {
      if (TEXT.equals(variable.getSerializerName())) {
        variable.setTextValue(PersonalVariables.mask(variable.getVariableName(),
            variable.getTextValue()));
        variable.setTextValue2(null);
        return;
      }
      if (NO_VALUE.equals(variable.getSerializerName())) {
        return;
      }
      variable.setSerializerName(NO_VALUE);
      variable.setTextValue(null);
      variable.setTextValue2(null);
      variable.setLongValue(null);
      variable.setDoubleValue(null);
      variable.setByteValue(null);
    }
  }
}
