package io.github.ogiworkflow.holidaynotice;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the holiday directory scan ({@link HolidayNotices#scanDirectory}) on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class HolidayNoticeScheduling {}
