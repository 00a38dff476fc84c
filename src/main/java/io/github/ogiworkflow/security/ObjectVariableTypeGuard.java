package io.github.ogiworkflow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The engine checks an Object variable's type against its deserialization allow-list only when
 * the value is read, so a client could store a value naming any class and every later read of
 * the case's variables failed. This refuses such a value when it is written: a serialized
 * Object value (JSON from a client) whose type the engine would not deserialize is answered
 * with a bad-request error (HTTP 400) and nothing is stored. Values our own code sets as Java
 * objects are not affected.
 */
@Component
public class ObjectVariableTypeGuard extends AbstractProcessEnginePlugin {

  static final String REFUSED = "Object variables of type %s are not allowed（不允许保存该类型的对象变量）";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    serializers.add(0, new RefusingSerializer(configuration));
    configuration.setCustomPreVariableSerializers(serializers);
  }

  /** Takes the values it refuses ahead of the real serializers, and refuses to write them. */
  static final class RefusingSerializer implements TypedValueSerializer<ObjectValue> {

    private final ProcessEngineConfigurationImpl configuration;

    RefusingSerializer(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public String getName() {
      return "ogi-refused-object";
    }

    @Override
    public ValueType getType() {
      return ValueType.OBJECT;
    }

    @Override
    public boolean canHandle(TypedValue value) {
      return value instanceof ObjectValue object && !object.isDeserialized()
          && configuration.isDeserializationTypeValidationEnabled()
          && !allowed(object.getObjectTypeName());
    }

    @Override
    public void writeValue(ObjectValue value, ValueFields fields) {
      throw new BadUserRequestException(REFUSED.formatted(value.getObjectTypeName()));
    }

    /** Every class named in the type (generic arguments too) must pass the engine's validator. */
    private boolean allowed(String typeName) {
      if (typeName == null || typeName.isBlank()) {
        return true; // the engine refuses a serialized value without a type itself
      }
      for (String name : typeName.split("[<>,\\s]+")) {
        String className = name.replace("[]", "");
        if (!className.isEmpty()
            && !configuration.getDeserializationTypeValidator().validate(className)) {
          return false;
        }
      }
      return true;
    }

    // In an ambiguous match the engine prefers the serializer of the default format.
    @Override
    public String getSerializationDataformat() {
      return configuration.getDefaultSerializationFormat();
    }

    @Override
    public ObjectValue readValue(ValueFields fields, boolean deserialize, boolean isTransient) {
      throw new IllegalStateException("no value is ever stored with " + getName());
    }

    @Override
    public ObjectValue convertToTypedValue(UntypedValueImpl untypedValue) {
      throw new UnsupportedOperationException("handles typed Object values only");
    }

    @Override
    public boolean isMutableValue(ObjectValue value) {
      return false;
    }
  }
}
