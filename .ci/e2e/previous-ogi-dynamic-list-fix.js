// Tasklist 7.24 keeps 完成 disabled once a field inside a Camunda Forms dynamic list has been
// validated, even when the form is valid: it counts the keys of form-js's error object, and a
// list field leaves an (empty) entry there. When such a form shows no error, this re-enables
// 完成. Nothing is let through unchecked: on 完成 Tasklist submits through form-js, which
// validates the whole form again, refuses an invalid one and marks its errors.
function formScope(button) {
  let scope = window.angular && window.angular.element(button).scope();
  while (scope && !Object.prototype.hasOwnProperty.call(scope, 'disableCompleteButton')) {
    scope = scope.$parent;
  }
  return scope;
}

function recheck() {
  const form = document.querySelector('.fjs-form');
  const button = document.querySelector('button[ng-click="complete()"]');
  if (!form || !button || !form.querySelector('.fjs-form-field-dynamiclist')) return;
  if (form.querySelector('[aria-invalid="true"]')) return;
  const scope = formScope(button);
  if (!scope) return;
  if (!scope.ogiInvalidWatched) {
    // form-js reports some changes (e.g. a select) after the DOM event: recheck whenever
    // Tasklist marks the form invalid.
    scope.ogiInvalidWatched = true;
    scope.$watch('$invalid', (invalid) => { if (invalid) setTimeout(recheck, 0); });
  }
  if (!scope.$invalid) return;
  scope.$invalid = false;
  scope.$applyAsync();
}

['input', 'change', 'click', 'keyup', 'focusout'].forEach((type) => {
  document.addEventListener(type, () => setTimeout(recheck, 0), true);
});

export default [];
