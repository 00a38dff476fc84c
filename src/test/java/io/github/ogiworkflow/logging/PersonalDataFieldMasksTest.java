package io.github.ogiworkflow.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The masks staff see in process variables and history; each must be idempotent. */
class PersonalDataFieldMasksTest {

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      id      | 11010519491231002X          | 110***********002X
      id      | 350502199001011234          | 350***********1234
      id      | 91350200MA2YXXXX0A          | 913***********XX0A
      id      | E12345678                   | ******678
      id      | 港澳通行证H12345678             | **********5678
      id      | 12345678                    | ******78
      id      | AB123                       | ****3
      id      | 1234                        | ****
      phone   | 13812345678                 | 138****5678
      phone   | 0595-12345678               | 059******5678
      phone   | 1234567                     | *****67
      email   | lisi@example.cn             | l***@example.cn
      email   | 12345@qq.com                | ***@qq.com
      email   | @example.cn                 | ***@example.cn
      email   | nobody                      | n***
      address | 北京市海淀区中关村大街1号       | 北京市海淀区***
      address | 福建省泉州市丰泽区东海街道100号  | 福建省泉州市丰泽区***
      address | 示范市人民路1号 100000         | 示范市***
      address | 示范市阳光小区5栋              | 示范市***
      address | 江苏省昆山市玉山镇人民路8号      | 江苏省昆山市***
      address | 人民路1号                     | 人民路***
      address | 100000 北京市海淀区            | ***
      address | 某某某某某某某某                | 某某某某***
      """)
  void masksAndMasksAMaskedValueTheSameWay(String kind, String value, String masked) {
    UnaryOperator<String> mask = switch (kind) {
      case "id" -> PersonalDataMasker::maskIdNumber;
      case "phone" -> PersonalDataMasker::maskPhone;
      case "email" -> PersonalDataMasker::maskEmail;
      default -> PersonalDataMasker::maskAddress;
    };
    assertThat(mask.apply(value)).isEqualTo(masked);
    assertThat(mask.apply(masked)).as("idempotent").isEqualTo(masked);
    assertThat(mask.apply(null)).isNull();
  }
}
