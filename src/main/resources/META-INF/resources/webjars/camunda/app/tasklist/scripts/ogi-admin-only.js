// A task's due date and follow-up date (跟进日期, the start of 即将到期) are the server's:
// working-day deadlines set by the model (deadline/DueSoonDates), and its candidate groups are
// the model's. Tasklist offers every user to set, change and reset the dates and to add or
// remove groups; the server refuses all of it to everyone but camunda-admin
// (enginerest/EngineApiGuard). So for staff the dates and groups are shown but cannot be
// clicked, and the links to set or reset them are hidden (../../cockpit/scripts/
// ogi-administrator.js, shared with Cockpit). Claiming and (re)assigning stay for everyone.
// The engine's comments (添加意见) are part of the record and written by administrators only
// (ADR 0052): opinions go into the forms' fields, so the link is hidden for staff. So is the
// header's 新建任务: a task outside any case is the administrator's (EngineApiGuard).
import { adminOnly, isAdministrator } from '../../cockpit/scripts/ogi-administrator.js';

const DATES = '[cam-tasklist-task-meta] .dates [cam-widget-inline-field]';
const GROUPS = '[cam-tasklist-task-meta] li.groups > span';

adminOnly({
  hidden: [
    '[cam-tasklist-task-meta] a[translate="SET_FOLLOW_UP_DATE"]',
    '[cam-tasklist-task-meta] a[translate="SET_DUE_DATE"]',
    '[cam-tasklist-task-meta] a.reset-follow-up-date',
    '[cam-tasklist-task-meta] a.reset-due-date',
    '[cam-tasklist-task-meta] a[translate="ADD_GROUPS"]',
    'a.createCommentLink',
    // Standalone tasks bypass the models; the server refuses them to staff (audit 32b, F11).
    '.create-task-action',
  ],
  readOnly: [DATES, GROUPS],
});

// The task's header links its process name to the instance in Cockpit: office and legal may not
// open Cockpit (security/AuthorizationMatrix, the APPLICATION grants) and would land on its 403
// page, so the link is shown only to users Cockpit admits (audit round 27, F7).
const noCockpit = document.createElement('style');
noCockpit.textContent = 'html:not(.ogi-cockpit) a.instance-link'
  + ' { display: none !important; }\n';
document.head.appendChild(noCockpit);

// The date fields also open their picker from the keyboard (Enter on the focused field).
document.addEventListener('keydown', (event) => {
  if (!isAdministrator() && event.target instanceof Element
      && event.target.matches(`${DATES}, ${GROUPS}`)) {
    event.stopPropagation();
    event.preventDefault();
  }
}, true);

export default [];
