package io.github.ogiworkflow.calendar;

/**
 * A holiday file that cannot be read as intended. Thrown at start-up so that a typo in next
 * year's file never silently turns into wrong deadlines. The message is bilingual because the
 * person fixing the file may be the staff member who added it.
 */
public class HolidayFileException extends IllegalStateException {

  HolidayFileException(String source, String english, String chinese) {
    super(source + ": " + english + " (" + chinese + ")");
  }

  HolidayFileException(String source, int lineNumber, String english, String chinese) {
    super(source + ", line " + lineNumber + ": " + english
        + " (第" + lineNumber + "行：" + chinese + ")");
  }

  HolidayFileException(String source, String english, String chinese, Throwable cause) {
    super(source + ": " + english + " (" + chinese + ")", cause);
  }
}
