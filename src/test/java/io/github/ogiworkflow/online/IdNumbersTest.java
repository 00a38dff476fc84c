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
  /**
   * GB 32100-2015 by hand: 91350100000000000 has values 9,1,3,5,0,1,0… and weights 1,3,9,27,19,
   * 26…; 9+3+27+135+0+26 = 200, 200 mod 31 = 14, 31 − 14 = 17, the character of value 17 is H.
   * 91350100M000100Y4 ends in 3 the same way (as the test registrations use it).
   */
  @ParameterizedTest
  @CsvSource({
      "91350100000000000H, true, hand-computed above",
      "91350100M000100Y43, true, the registrations' code",
      "91350100000000000G, false, check character one off",
      "91350100M000100Y4I, false, I is not in the alphabet",
      "91350100000000000, false, 17 characters",
      "9135010000000000H, false, too short with a check character",
      "'', false, empty"})
  void creditCodesAreCheckedByTheirCheckCharacter(String code, boolean valid, String why) {
    assertThat(IdNumbers.isValidCreditCode(code)).as(why).isEqualTo(valid);
  }
}
