// Admin's authorizations page prints the engine's permission names as they are (READ,
// TASK_WORK, "ALL", "NONE") and its permission menu says "Select all" / "Unselect all": none of
// them is in Admin's locale file. Here they read in Chinese, as rendered (the page keeps the
// names it sends to the engine in its own model, not in this text).
// Dates in Beijing time whatever the browser's zone (the footer says so).
import '../../cockpit/scripts/ogi-beijing-time.js';
const PERMISSIONS = {
  NONE: '无', ALL: '全部', READ: '读取', UPDATE: '更新', CREATE: '创建', DELETE: '删除',
  ACCESS: '访问', EDIT: '编辑', SET: '设置', SHARE: '共享',
  READ_TASK: '读取任务', UPDATE_TASK: '更新任务', TASK_WORK: '办理任务', TASK_ASSIGN: '分配任务',
  READ_TASK_VARIABLE: '读取任务变量', UPDATE_TASK_VARIABLE: '更新任务变量',
  CREATE_INSTANCE: '发起实例', READ_INSTANCE: '读取实例', UPDATE_INSTANCE: '更新实例',
  DELETE_INSTANCE: '删除实例', MIGRATE_INSTANCE: '迁移实例', SUSPEND: '挂起',
  SUSPEND_INSTANCE: '挂起实例', RETRY_JOB: '重试作业',
  READ_INSTANCE_VARIABLE: '读取实例变量', UPDATE_INSTANCE_VARIABLE: '更新实例变量',
  READ_VARIABLE: '读取变量', UPDATE_VARIABLE: '更新变量',
  READ_HISTORY: '读取历史', READ_HISTORY_VARIABLE: '读取历史变量', UPDATE_HISTORY: '更新历史',
  DELETE_HISTORY: '删除历史',
  CREATE_BATCH_CORRELATE_MESSAGE: '批量关联消息',
  CREATE_BATCH_DELETE_DECISION_INSTANCES: '批量删除决策实例',
  CREATE_BATCH_DELETE_FINISHED_PROCESS_INSTANCES: '批量删除已结束的流程实例',
  CREATE_BATCH_DELETE_RUNNING_PROCESS_INSTANCES: '批量删除运行中的流程实例',
  CREATE_BATCH_MIGRATE_PROCESS_INSTANCES: '批量迁移流程实例',
  CREATE_BATCH_MODIFY_PROCESS_INSTANCES: '批量修改流程实例',
  CREATE_BATCH_RESTART_PROCESS_INSTANCES: '批量重启流程实例',
  CREATE_BATCH_SET_EXTERNAL_TASK_RETRIES: '批量设置外部任务重试次数',
  CREATE_BATCH_SET_JOB_RETRIES: '批量设置作业重试次数',
  CREATE_BATCH_SET_REMOVAL_TIME: '批量设置清理时间',
  CREATE_BATCH_SET_VARIABLES: '批量设置变量',
  CREATE_BATCH_UPDATE_PROCESS_INSTANCES_SUSPEND: '批量挂起或激活流程实例',
};
const MENU = { 'Select all': '全选', 'Unselect all': '全不选' };

/** "READ, UPDATE" → "读取、更新"; null when the text is not a list of permission names. */
function translated(text) {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (MENU[trimmed]) return text.replace(trimmed, MENU[trimmed]);
  const names = trimmed.split(/\s*,\s*/);
  if (!names.every((name) => PERMISSIONS[name])) return null;
  return text.replace(trimmed, names.map((name) => PERMISSIONS[name]).join('、'));
}

/** Only the permission cells and menu of the authorizations table: a word elsewhere stays. */
function inPermissionCell(node) {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  return !!(element && element.closest && element.closest('td.permissions'));
}

function fix(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    if (!inPermissionCell(node)) return;
    const chinese = translated(node.data);
    if (chinese) node.data = chinese;
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) fix(text);
}

new MutationObserver((mutations) => mutations.forEach((m) => {
  if (m.type === 'characterData') fix(m.target);
  else m.addedNodes.forEach(fix);
})).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
