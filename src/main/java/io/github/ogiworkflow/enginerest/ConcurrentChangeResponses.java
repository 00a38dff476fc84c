package io.github.ogiworkflow.enginerest;

import io.github.ogiworkflow.security.ApiError;

import io.github.ogiworkflow.process.CommandFailures;
import io.github.ogiworkflow.security.StaffAccess;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * Camunda's REST API answers 500 when two users (or two nodes of a cluster) change the same case
 * at the same moment: the loser's transaction ends in an optimistic-locking failure, or finds the
 * task already completed or claimed. None is a server fault, so the client gets a clear 4xx with
 * a bilingual message and can reload: 409 for a concurrent change or a task claimed by someone
 * else, 404 for a task that is gone; 409 with "请稍后重试" for a row lock another transaction
 * held too long ({@link CommandFailures#LOCK_TIMEOUT}, ADR 0046).
 * The engine marks concurrent changes with its exception codes, so no message text is parsed;
 * the one exception is an endpoint that re-throws the engine's failure as an {@code
 * InvalidRequestException} without cause or code ({@code PUT /job/{id}/duedate} racing the job
 * executor on the same timer): there the engine's message id of its optimistic-locking failure
 * ({@link #CONCURRENT_UPDATE_MESSAGE_ID}) is all that is left of it.
 */
public class ConcurrentChangeResponses implements ContainerRequestFilter,
    ContainerResponseFilter {

  /** The request property with the engine time the request came in. */
  static final String ARRIVED_AT = ConcurrentChangeResponses.class.getName() + ".arrivedAt";

  static final int OPTIMISTIC_LOCKING = BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode();
  static final int DEADLOCK = BuiltinExceptionCode.DEADLOCK.getCode();
  /**
   * The message id (EnginePersistenceLogger, "ENGINE-03005 Execution of '…' failed. Entity was
   * updated by another transaction concurrently.") that opens the message of the engine's
   * optimistic-locking failure, the only trace of it once an endpoint has dropped its code.
   */
  static final String CONCURRENT_UPDATE_MESSAGE_ID = "ENGINE-03005 ";
  /** A row lock another transaction held too long ({@link CommandFailures}, ADR 0046). */
  static final int LOCK_TIMEOUT = CommandFailures.LOCK_TIMEOUT;

  static final String CONFLICT_MESSAGE = "The case was changed by someone else at the same time;"
      + " reload and try again（该办件刚被他人同时修改，请刷新后重试）";
  static final String CLAIMED_MESSAGE = "The task was claimed by someone else meanwhile; reload"
      + " the task list（该任务已被他人认领，请刷新任务列表）";
  static final String TASK_GONE_MESSAGE = "The task no longer exists: it was completed or cancelled"
      + " in the meantime; reload the task list（该任务已不存在：可能已由他人办理完成或已撤销，请刷新任务列表）";
  static final String BUSY_MESSAGE = CommandFailures.BUSY_MESSAGE;

  /** How the engine reports a task it cannot find (ensureNotNull on the task). */
  private static final java.util.Set<String> TASK_NOT_FOUND_TYPES =
      java.util.Set.of("NullValueException", "NotFoundException", "TaskNotFoundException");

  /** Actions on one task that fail with 500 or 403 when the task was completed meanwhile. */
  static final Pattern TASK_ACTION =
      Pattern.compile("^/?task/([^/]+)/(complete|submit-form|resolve|claim|unclaim|assignee)$");

  private final TaskService tasks;
  private final HistoryService history;
  private final StaffAccess access;

  public ConcurrentChangeResponses(TaskService tasks, HistoryService history,
      StaffAccess access) {
    this.tasks = tasks;
    this.history = history;
    this.access = access;
  }

  /** Notes when the request came in, to tell a task ended before it from one ended during it. */
  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(ARRIVED_AT, ClockUtil.getCurrentTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    if ((status != Status.INTERNAL_SERVER_ERROR.getStatusCode()
        && status != Status.FORBIDDEN.getStatusCode())
        || !(response.getEntity() instanceof ExceptionDto error)) {
      return;
    }
    Matcher action = TASK_ACTION.matcher(request.getUriInfo().getPath());
    TaskGone gone = action.matches() ? taskGone(action.group(1), status, error.getType(),
        (java.util.Date) request.getProperty(ARRIVED_AT)) : null;
    if (gone != null) {
      answer(response, gone.status(), gone.type(), gone.message(), error.getCode());
      return;
    }
    if (status == Status.FORBIDDEN.getStatusCode()) {
      return;
    }
    Integer code = error.getCode();
    if (code != null && (code == OPTIMISTIC_LOCKING || code == DEADLOCK)
        || wrappedConcurrentUpdate(error.getType(), error.getMessage())) {
      answer(response, Status.CONFLICT, "OptimisticLockingException", CONFLICT_MESSAGE, code);
      return;
    }
    if (code != null && code == LOCK_TIMEOUT) {
      answer(response, Status.CONFLICT, "CaseBusy", BUSY_MESSAGE, code);
      return;
    }
    if ("TaskAlreadyClaimedException".equals(error.getType())) {
      answer(response, Status.CONFLICT, error.getType(), CLAIMED_MESSAGE, code);
    }
  }

  /**
   * An engine optimistic-locking failure that the endpoint re-threw as an {@code
   * InvalidRequestException}, which keeps only the message (e.g. {@code JobResourceImpl
   * .setJobDuedate}).
   */
  static boolean wrappedConcurrentUpdate(String type, String message) {
    return "InvalidRequestException".equals(type) && message != null
        && message.startsWith(CONCURRENT_UPDATE_MESSAGE_ID);
  }

  /** The answer to a failed action on a task that is gone by now: status, type and message. */
  record TaskGone(Status status, String type, String message) {}

  /**
   * The answer to an action on one task that failed with {@code status} (500 or 403) and the
   * engine's exception {@code type}, when the task no longer exists; null while it does. By the
   * task's state and the exception's type, never by message text. Used by {@link
   * SafeErrorResponses} for Tasklist's own API too. {@code arrivedAt}: the engine time the
   * request came in (null: unknown).
   */
  TaskGone taskGone(String taskId, int status, String type, java.util.Date arrivedAt) {
    if (taskExists(taskId)) {
      return null;
    }
    // The engine did not find the task (or its grants, 403): it was completed before this
    // request came in. Any other failure of a task that is gone now happened inside the
    // completion while someone else completed it at the same moment: a concurrent change.
    // A task id that never was (no history either) is not found, not a concurrent change.
    // A task whose history says it ended before the request came in is gone, whatever the
    // engine wrapped its not-found in (submit-form: a RestException, ADR 0068).
    boolean late = status == Status.FORBIDDEN.getStatusCode()
        || TASK_NOT_FOUND_TYPES.contains(type) || endedBefore(taskId, arrivedAt);
    return late
        ? new TaskGone(Status.NOT_FOUND, "TaskNotFoundException", TASK_GONE_MESSAGE)
        : new TaskGone(Status.CONFLICT, "OptimisticLockingException", CONFLICT_MESSAGE);
  }

  /** True when the task never was (no history), or its history ended it before {@code at}. */
  private boolean endedBefore(String taskId, java.util.Date at) {
    HistoricTaskInstance task = access.withoutAuthorizations(() ->
        history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult());
    return task == null
        || at != null && task.getEndTime() != null && !task.getEndTime().after(at);
  }

  /** Whether the task exists at all, whoever may see it (the caller's grants are not asked). */
  private boolean taskExists(String taskId) {
    return access.withoutAuthorizations(() -> tasks.createTaskQuery().taskId(taskId).count() > 0);
  }

  private static void answer(ContainerResponseContext response, Status status, String type,
      String message, Integer code) {
    // Tasklist shows message as it is: the Chinese part; the English one is kept as error for
    // scripts and the log (README, M5).
    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("type", type);
    body.put("message", ApiError.chinese(message));
    body.put("error", ApiError.english(message));
    body.put("code", code);
    response.setStatus(status.getStatusCode());
    response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
  }
}
