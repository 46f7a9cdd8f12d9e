/**
 * AWS's AccessDeniedException head for a call no policy decides (RetireGrant is authorized by the
 * grant itself). @see https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
 */
export function accessDeniedMessageFor(caller: string, action: string, resource: string): string {
  return `User: ${caller} is not authorized to perform: ${action} on resource: ${resource}`
}
