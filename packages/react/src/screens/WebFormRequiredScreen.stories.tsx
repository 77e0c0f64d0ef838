import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { WebFormRequiredScreen } from './WebFormRequiredScreen.tsx';

const meta = {
  title: 'Screens/Web form required',
  component: WebFormRequiredScreen,
  args: {
    onOpen: fn(),
    onCancel: fn(),
    url: 'https://webform.example/wf/946db09e-5bfc-11eb-ae93-0242ac130002',
  },
  parameters: {
    docs: {
      description: {
        component:
          'A background update of a bank connection needs the customer after all (task status `WEB_FORM_REQUIRED`, `data-screen="web-form-required"`).\n\n**Use it** with the flow\'s `open` as `onOpen`; the button (`data-action="open-web-form"`) becomes a link to `url` when the browser blocked the new tab. Cancel is a text button.\n\n**Copy**: say that the bank, not the app, asks for the confirmation, and why it happens in finAPI\'s form.',
      },
    },
  },
} satisfies Meta<typeof WebFormRequiredScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Continue to the secure form' }));
    await expect(args.onOpen).toHaveBeenCalledOnce();
  },
};

export const OpensInNewTab: Story = { args: { openIn: 'new-tab' } };

export const PopupBlocked: Story = { args: { openIn: 'new-tab', popupBlocked: true } };
