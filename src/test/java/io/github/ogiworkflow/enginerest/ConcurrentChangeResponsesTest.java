package io.github.ogiworkflow.enginerest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * What /engine-rest answers for a failure an endpoint re-threw without its exception code:
 * {@code PUT /job/{id}/duedate} racing the job executor on the same timer (the kill -9 harness
 * met it as a 500 once, CI of 2026-12-06).
 */
class ConcurrentChangeResponsesTest {

  private final ConcurrentChangeResponses filter = new ConcurrentChangeResponses(null, null, null);

  @Test
  void aConcurrentUpdateWrappedWithoutItsCodeIsA409() {
    ContainerResponseContext response = failed(500, "InvalidRequestException",
        "ENGINE-03005 Execution of 'UPDATE TimerEntity[42]' failed. Entity was updated by another"
            + " transaction concurrently.");
    filter.filter(request("job/42/duedate"), response);

    verify(response).setStatus(409);
    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
    verify(response).setEntity(body.capture(), any(), any(MediaType.class));
    assertThat(body.getValue()).containsEntry("type", "OptimisticLockingException")
        .containsEntry("message", "该办件刚被他人同时修改，请刷新后重试");
    assertThat(body.getValue().toString()).doesNotContain("UPDATE", "TimerEntity");
  }

  @Test
  void anotherWrappedFailureStaysA500() {
    ContainerResponseContext response = failed(500, "InvalidRequestException",
        "ENGINE-13005 Cannot set due date");
    filter.filter(request("job/42/duedate"), response);

    verify(response, never()).setStatus(anyInt());
  }

  private static ContainerRequestContext request(String path) {
    ContainerRequestContext request = mock(ContainerRequestContext.class);
    UriInfo uri = mock(UriInfo.class);
    when(uri.getPath()).thenReturn(path);
    when(request.getUriInfo()).thenReturn(uri);
    return request;
  }

  private static ContainerResponseContext failed(int status, String type, String message) {
    ExceptionDto error = new ExceptionDto();
    error.setType(type);
    error.setMessage(message);
    ContainerResponseContext response = mock(ContainerResponseContext.class);
    when(response.getStatus()).thenReturn(status);
    when(response.getEntity()).thenReturn(error);
    return response;
  }
}
