// Placeholder while issue 14 builds this screen; replaced by its feature.
export default function PresentSandboxPage() {
  return <h1>Present a sandbox scenario</h1>
}
