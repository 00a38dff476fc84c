package io.github.ogiworkflow.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "110101199003074477",
      "35050219900101123X"})
  void validResidentIdsPass(String number) {
    assertThat(IdNumbers.isValidResidentId(number, TODAY)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "110105194912310021, wrong check digit",
      "11010519491231002Y, check character neither digit nor X",
      "11010519491231002x, lower-case x before normalizing",
      "1101051949123100X2, X not last",
      "11010519491231002, 17 characters",
      "11010519491231002X0, 19 characters",
      "110105194902300020, 30 February (checksum right)",
      "11010520300101001X, born in the future (checksum right)",
      "440524188001010014, born before 1900 (checksum right)",
      "'', empty"})
  void invalidResidentIdsFail(String number, String why) {
    assertThat(IdNumbers.isValidResidentId(number, TODAY)).as(why).isFalse();
  }

  @org.junit.jupiter.api.Test
  void normalizingAcceptsALowerCaseCheckLetter() {
    assertThat(IdNumbers.isValidResidentId(IdNumbers.normalize(" 11010519491231002x "), TODAY))
        .isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "11010519491231002X, 110***********002X",
      "E12345678, ******678",
      "AB123456, ******56",
      "1234, ****"})
  void masksKeepOnlyTheEnds(String number, String masked) {
    assertThat(IdNumbers.mask(number)).isEqualTo(masked);
  }
}
